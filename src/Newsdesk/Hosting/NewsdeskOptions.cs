using System.ComponentModel.DataAnnotations;

namespace Newsdesk.Hosting;

/// <summary>Where Newsdesk keeps its data (section <c>Newsdesk</c>; <c>--data DIR</c> or <c>NEWSDESK__DATADIR</c> override it).</summary>
public sealed class NewsdeskOptions
{
    public const string Section = "Newsdesk";

    /// <summary>The data folder; the SQLite database is <c>newsdesk.db</c> in it. Relative to the working folder.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDir { get; set; } = "./data";

    /// <summary>
    /// A PostgreSQL connection string (<c>NEWSDESK__DATABASE</c>); when set, the data lives there
    /// instead of the SQLite file, and several worker processes can share it. Empty: SQLite.
    /// </summary>
    public string? Database { get; set; }

    /// <summary>
    /// Start an empty SQLite database even where one existed before (its marker file is there but
    /// the database is gone): <c>--create</c>. Without it such a start is refused, loudly.
    /// </summary>
    public bool CreateDatabase { get; set; }
}
