namespace Cargoman.Consumers.Packages;

/// <summary>Operator of one comparison in a Composer constraint.</summary>
internal enum ComparisonOperator
{
    /// <summary><c>=</c>, <c>==</c> or no operator.</summary>
    Equal,

    /// <summary><c>!=</c> or <c>&lt;&gt;</c>.</summary>
    NotEqual,

    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
}
