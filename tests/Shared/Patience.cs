namespace Newsdesk.Testing;

/// <summary>
/// How long a test waits for something that takes seconds at most on an idle machine (a process to
/// start and finish, a poll, a pipeline to catch up, a fetch timeout to fire): long enough that only
/// a hang reaches it, even with every core of a shared CI machine busy. No test's outcome depends on
/// how fast something happened; a wait only turns a hang into a failure that says what hung.
/// </summary>
internal static class Patience
{
    public static readonly TimeSpan Hang = TimeSpan.FromMinutes(3);
}
