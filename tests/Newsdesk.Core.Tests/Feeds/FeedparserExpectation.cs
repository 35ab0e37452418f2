using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using Newsdesk.Feeds;

namespace Newsdesk.Core.Tests.Feeds;

/// <summary>What one translated feedparser expectation concluded.</summary>
internal enum ExpectationOutcome
{
    Untranslated,
    Pass,
    Fail,
}

/// <summary>
/// Translates the common forms of feedparser's <c>Expect:</c> lines (a Python expression over
/// feedparser's result) into checks on our model: a conjunction of <c>bozo</c>, <c>not bozo</c>,
/// <c>len(entries) == N</c> and equalities of feed and entry fields (title, link, id, author,
/// summary/description, content value, published/updated parsed, encoding, version).
/// An expression with any other clause is untranslated as a whole: half a check is not a check.
/// Titles are compared as plain text (ours are plain text by contract, feedparser keeps HTML);
/// HTML is compared after one HTML parse and serialisation of both sides (so &lt;br /&gt; equals
/// &lt;br&gt;); dates by their UTC fields.
/// </summary>
internal static class FeedparserExpectation
{
    private static readonly HtmlParser Html = new();

    public static ExpectationOutcome Evaluate(string expression, FeedParseDetails details)
    {
        List<Token> tokens;
        try
        {
            tokens = Tokenize(expression);
        }
        catch (FormatException)
        {
            return ExpectationOutcome.Untranslated;
        }

        var clauses = SplitAnd(tokens);
        var allPass = true;
        foreach (var clause in clauses)
        {
            var result = EvaluateClause(clause, details);
            if (result is null)
            {
                return ExpectationOutcome.Untranslated;
            }

            allPass &= result.Value;
        }

        return allPass ? ExpectationOutcome.Pass : ExpectationOutcome.Fail;
    }

    private static bool? EvaluateClause(List<Token> clause, FeedParseDetails details)
    {
        var bozo = details.Result is FeedParseResult.Parsed p ? p.Warnings.Count > 0 : true;
        if (clause.Count == 1 && clause[0].Is("bozo"))
        {
            return bozo;
        }

        if (clause.Count == 2 && clause[0].Is("not") && clause[1].Is("bozo"))
        {
            return !bozo;
        }

        var eq = clause.FindIndex(t => t.Kind == TokenKind.Punct && t.Text == "==");
        if (eq <= 0 || clause.FindLastIndex(t => t.Kind == TokenKind.Punct && t.Text == "==") != eq)
        {
            return null;
        }

        var left = clause.GetRange(0, eq);
        var right = clause.GetRange(eq + 1, clause.Count - eq - 1);
        var feed = (details.Result as FeedParseResult.Parsed)?.Feed;

        // len(entries) == N
        if (left.Count == 4 && left[0].Is("len") && left[2].Is("entries") && right.Count == 1 && right[0].Kind == TokenKind.Number)
        {
            return (feed?.Items.Count ?? 0) == int.Parse(right[0].Text, CultureInfo.InvariantCulture);
        }

        var path = Path(left);
        if (path is null)
        {
            return null;
        }

        var literal = Literal(right);
        if (literal is null)
        {
            return null;
        }

        return Compare(path, literal, feed, details);
    }

    private static bool? Compare(List<string> path, object literal, Feed? feed, FeedParseDetails details)
    {
        var key = string.Join("/", path);
        switch (key)
        {
            case "encoding":
                return literal is string e ? string.Equals(e, details.Encoding, StringComparison.OrdinalIgnoreCase) : null;
            case "version":
                return literal is string v ? v == (details.Version ?? "") : null;
        }

        if (path[0] == "feed")
        {
            return key switch
            {
                "feed/title" or "feed/title_detail/value" => TextEquals(literal, feed?.Title),
                "feed/link" => StringEquals(literal, feed?.Link),
                _ => null,
            };
        }

        if (path[0] != "entries" || path.Count < 3 || !int.TryParse(path[1], out var index))
        {
            return null;
        }

        var item = feed is not null && index < feed.Items.Count ? feed.Items[index] : null;
        var field = string.Join("/", path.Skip(2));
        return field switch
        {
            "title" or "title_detail/value" => TextEquals(literal, item?.Title),
            "link" => StringEquals(literal, item?.Link),
            "id" => StringEquals(literal, item?.Id),
            "author" => TextEquals(literal, item?.Author),
            "description" or "summary" or "summary_detail/value" => HtmlEquals(literal, item?.Summary ?? item?.Content),
            "content/0/value" => HtmlEquals(literal, item?.Content),
            "published_parsed" or "issued_parsed" => DateEquals(literal, item?.Published),
            "updated_parsed" or "modified_parsed" => DateEquals(literal, item?.Updated ?? item?.Published),
            _ => null,
        };
    }

    private static bool? StringEquals(object literal, string? actual) => literal switch
    {
        string s => s == (actual ?? ""),
        NoneLiteral => actual is null,
        _ => null,
    };

    private static bool? TextEquals(object literal, string? actual) => literal switch
    {
        string s => PlainText(s) == Collapse(actual ?? ""),
        NoneLiteral => actual is null,
        _ => null,
    };

    private static bool? HtmlEquals(object literal, string? actual) => literal switch
    {
        string s => NormaliseHtml(s) == NormaliseHtml(actual ?? ""),
        NoneLiteral => actual is null,
        _ => null,
    };

    private static bool? DateEquals(object literal, DateTimeOffset? actual)
    {
        if (literal is NoneLiteral)
        {
            return actual is null;
        }

        if (literal is not int[] t || t.Length < 6)
        {
            return null;
        }

        if (actual is null)
        {
            return false;
        }

        var u = actual.Value.UtcDateTime;
        return u.Year == t[0] && u.Month == t[1] && u.Day == t[2] && u.Hour == t[3] && u.Minute == t[4] && u.Second == t[5];
    }

    /// <summary>An expected title as plain text, by an independent HTML parser (AngleSharp), whitespace collapsed.</summary>
    private static string PlainText(string value)
    {
        if (value.IndexOfAny(['<', '&']) < 0)
        {
            return Collapse(value);
        }

        var doc = Html.ParseDocument("<body>" + value);
        return Collapse(doc.Body?.TextContent ?? "");
    }

    private static string NormaliseHtml(string value)
    {
        var doc = Html.ParseDocument("<body>" + value);
        return Collapse(doc.Body?.InnerHtml ?? "");
    }

    private static string Collapse(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Trim(' ');
    }

    /// <summary>An accessor such as feed['title'], feed.link, entries[0]['content'][0]['value'], version.</summary>
    private static List<string>? Path(List<Token> tokens)
    {
        if (tokens.Count == 0 || tokens[0].Kind != TokenKind.Name || tokens[0].Text is not ("feed" or "entries" or "version" or "encoding"))
        {
            return null;
        }

        var path = new List<string> { tokens[0].Text };
        var i = 1;
        while (i < tokens.Count)
        {
            if (tokens[i].Is("[") && i + 2 < tokens.Count && tokens[i + 2].Is("]") && tokens[i + 1].Kind is TokenKind.String or TokenKind.Number)
            {
                path.Add(tokens[i + 1].Text);
                i += 3;
            }
            else if (tokens[i].Is(".") && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Name)
            {
                path.Add(tokens[i + 1].Text);
                i += 2;
            }
            else
            {
                return null;
            }
        }

        return path;
    }

    private sealed record NoneLiteral;

    /// <summary>A string (concatenations allowed), None, or a tuple of integers; null when anything else.</summary>
    private static object? Literal(List<Token> tokens)
    {
        if (tokens.Count == 1 && tokens[0].Is("None"))
        {
            return new NoneLiteral();
        }

        if (tokens.Count > 0 && tokens[0].Kind == TokenKind.String)
        {
            var sb = new StringBuilder();
            for (var i = 0; i < tokens.Count; i++)
            {
                if (i % 2 == 0 && tokens[i].Kind == TokenKind.String)
                {
                    sb.Append(tokens[i].Text);
                }
                else if (i % 2 == 1 && tokens[i].Is("+"))
                {
                }
                else
                {
                    return null;
                }
            }

            return sb.ToString();
        }

        if (tokens.Count > 2 && tokens[0].Is("(") && tokens[^1].Is(")"))
        {
            var numbers = new List<int>();
            for (var i = 1; i < tokens.Count - 1; i++)
            {
                if (tokens[i].Kind == TokenKind.Number && int.TryParse(tokens[i].Text, CultureInfo.InvariantCulture, out var n))
                {
                    numbers.Add(n);
                }
                else if (!tokens[i].Is(","))
                {
                    return null;
                }
            }

            return numbers.ToArray();
        }

        return null;
    }

    private static List<List<Token>> SplitAnd(List<Token> tokens)
    {
        var clauses = new List<List<Token>> { new() };
        foreach (var t in tokens)
        {
            if (t.Is("and"))
            {
                clauses.Add([]);
            }
            else
            {
                clauses[^1].Add(t);
            }
        }

        return clauses;
    }

    private enum TokenKind
    {
        Name,
        String,
        Number,
        Punct,
    }

    private readonly record struct Token(TokenKind Kind, string Text)
    {
        public bool Is(string text) => Kind != TokenKind.String && Text == text;
    }

    private static List<Token> Tokenize(string s)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if ((c is 'u' or 'b' or 'r') && i + 1 < s.Length && s[i + 1] is '\'' or '"')
            {
                if (c == 'r' || c == 'b')
                {
                    throw new FormatException("raw or bytes literal");
                }

                i++;
            }
            else if (c is '\'' or '"')
            {
                var sb = new StringBuilder();
                i++;
                while (true)
                {
                    if (i >= s.Length)
                    {
                        throw new FormatException("unterminated string");
                    }

                    var d = s[i];
                    if (d == c)
                    {
                        i++;
                        break;
                    }

                    if (d == '\\' && i + 1 < s.Length)
                    {
                        var e = s[i + 1];
                        i += 2;
                        switch (e)
                        {
                            case 'n': sb.Append('\n'); break;
                            case 't': sb.Append('\t'); break;
                            case 'r': sb.Append('\r'); break;
                            case '\\': sb.Append('\\'); break;
                            case '\'': sb.Append('\''); break;
                            case '"': sb.Append('"'); break;
                            case 'x':
                                sb.Append((char)int.Parse(s.AsSpan(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                                i += 2;
                                break;
                            case 'u':
                                sb.Append((char)int.Parse(s.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                                i += 4;
                                break;
                            case 'U':
                                sb.Append(char.ConvertFromUtf32(int.Parse(s.AsSpan(i, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                                i += 8;
                                break;
                            default:
                                sb.Append('\\').Append(e);
                                break;
                        }

                        continue;
                    }

                    sb.Append(d);
                    i++;
                }

                tokens.Add(new Token(TokenKind.String, sb.ToString()));
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])))
            {
                var start = i++;
                while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Number, s[start..i]));
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Name, s[start..i]));
            }
            else if (c == '=' && i + 1 < s.Length && s[i + 1] == '=')
            {
                tokens.Add(new Token(TokenKind.Punct, "=="));
                i += 2;
            }
            else if (c is '[' or ']' or '(' or ')' or '.' or ',' or '+')
            {
                tokens.Add(new Token(TokenKind.Punct, c.ToString()));
                i++;
            }
            else
            {
                throw new FormatException($"unsupported character {c}");
            }
        }

        return tokens;
    }
}
