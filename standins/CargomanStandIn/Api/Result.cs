using System.Diagnostics.CodeAnalysis;

namespace CargomanStandIn.Api;

/// <summary>
/// A value or the failure that prevented it.
/// </summary>
internal sealed class Result<T>
    where T : class
{
    public Result(T value) => Value = value;

    public Result(ApiFailure failure) => Failure = failure;

    public T? Value { get; }

    public ApiFailure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Failure is null;

    public static implicit operator Result<T>(T value) => new(value);

    public static implicit operator Result<T>(ApiFailure failure) => new(failure);
}
