using Grain.Core.Learning.Planning;

namespace Grain.Store;

/// <summary>A stored self-assessment.</summary>
public sealed record StoredAssessment(long Id, long UserId, SelfAssessment Assessment, DateTimeOffset TakenAt);
