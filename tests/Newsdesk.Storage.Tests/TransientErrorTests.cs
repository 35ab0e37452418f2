using System.Net.Sockets;
using Npgsql;

namespace Newsdesk.Storage.Tests;

/// <summary>
/// Which PostgreSQL errors a write is retried on (as a whole transaction): a lost connection or a
/// server restarting is retried; a bad statement or a broken constraint is not.
/// </summary>
public sealed class TransientErrorTests
{
    public sealed record Case(string Name, Func<Exception> Error, bool Transient)
    {
        public override string ToString() => Name;
    }

    private static PostgresException Server(string sqlState) => new("message", "FATAL", "FATAL", sqlState);

    public static TheoryData<Case> Cases => new()
    {
        new("backend terminated by an administrator (pg_terminate_backend)", () => Server("57P01"), true),
        new("server shutting down (crash shutdown)", () => Server("57P02"), true),
        new("server starting up, cannot connect now", () => Server("57P03"), true),
        new("connection failure class 08", () => Server("08006"), true),
        new("serialization failure", () => Server("40001"), true),
        new("deadlock detected", () => Server("40P01"), true),
        new("too many connections", () => Server("53300"), true),
        new("connection reset mid-read", () => new NpgsqlException("Exception while reading from stream", new EndOfStreamException()), true),
        new("socket closed mid-write", () => new NpgsqlException("Exception while writing to stream", new IOException("Broken pipe")), true),
        new("connection refused while the server restarts", () => new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)), true),
        new("timeout", () => new NpgsqlException("Timeout", new TimeoutException()), true),
        new("unique violation", () => Server("23505"), false),
        new("syntax error", () => Server("42601"), false),
        new("undefined table", () => Server("42P01"), false),
        new("a bug of ours", () => new InvalidOperationException("no"), false),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void PostgreSQL_errors_are_retried_only_when_transient(Case c) =>
        Assert.Equal(c.Transient, new PostgresDialect().IsTransient(c.Error()));
}
