namespace Grain.Store;

/// <summary>A database newer than this program, or one it cannot use: the message is for the user.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
