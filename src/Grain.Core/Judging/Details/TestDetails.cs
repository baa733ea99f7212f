using System.Text.Json.Serialization;

namespace Grain.Core.Judging.Details;

/// <summary>Structured detail of one test, one record per kind; serialised with a <c>kind</c> field (<see cref="TestDetailsJsonConverter"/>).</summary>
[JsonConverter(typeof(TestDetailsJsonConverter))]
public abstract record TestDetails;
