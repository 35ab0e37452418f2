using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Newsdesk.Articles;

/// <summary>The index-stepping cursor and the batch remover walk and change the DOM exactly as the plain DOM operations would.</summary>
public sealed class DomWalkTests
{
    public sealed record WalkCase(string Name, string Body);

    public static TheoryData<WalkCase> Pages => new()
    {
        new("empty body", ""),
        new("one text node", "words"),
        new("siblings and nesting", "<div><p>a <b>b</b> c</p><p>d</p></div><ul><li>e<li>f</ul>"),
        new("a leaf last at every level", "<div><div><div><i>x</i></div></div></div><span>y</span>"),
        new("many siblings", string.Concat(Enumerable.Repeat("w <b>x</b> ", 500))),
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_cursor_visits_every_node_in_document_order(WalkCase c)
    {
        var body = Parse(c.Body);
        var expected = new List<INode>();
        Reference(body, expected);
        Assert.Equal(expected, DomWalk.Descendants(body).ToList());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Leave_sees_every_node_once_after_its_subtree(WalkCase c)
    {
        var body = Parse(c.Body);
        var entered = new List<INode>();
        var left = new List<INode>();
        var cursor = new DomCursor(body);
        while (cursor.Current is { } node)
        {
            entered.Add(node);
            cursor.MoveNext(descend: true, left.Add);
        }

        Assert.Equal(entered.Count, left.Count);
        Assert.Equal(PostOrder(body), left);
    }

    [Fact]
    public void Not_descending_skips_a_subtree()
    {
        var body = Parse("<div><p>inside</p></div><p>after</p>");
        var cursor = new DomCursor(body);
        var seen = new List<string>();
        while (cursor.Current is { } node)
        {
            seen.Add(node.NodeName);
            cursor.MoveNext(descend: node.NodeName != "DIV");
        }

        Assert.Equal(["DIV", "P", "#text"], seen);
    }

    public sealed record PruneCase(string Name, string Body, string Doomed, string Expected);

    public static TheoryData<PruneCase> Prunes => new()
    {
        new("nothing doomed", "<p>a<i>b</i>c</p>", "s", "<p>a<i>b</i>c</p>"),
        new("one child", "<p>a<s>b</s>c</p>", "s", "<p>ac</p>"),
        new("first and last children", "<p><s>1</s>a<s>2</s>b<s>3</s></p>", "s", "<p>ab</p>"),
        new("children of several parents", "<p>a<s>1</s></p><div><s>2</s>b</div>", "s", "<p>a</p><div>b</div>"),
        new("every child", "<p><s>1</s><s>2</s></p>", "s", "<p></p>"),
    };

    [Theory]
    [MemberData(nameof(Prunes))]
    public void Removing_in_one_batch_keeps_the_rest_in_order(PruneCase c)
    {
        var body = Parse(c.Body);
        DomPrune.Remove(DomWalk.Elements(body, int.MaxValue).Where(e => e.LocalName == c.Doomed).ToList());
        Assert.Equal(c.Expected, body.InnerHtml);
    }

    [Fact]
    public void A_node_is_replaced_in_place_by_its_own_descendant()
    {
        var body = Parse("<p>before</p><header><nav>menu</nav><p class='intro'>the lead</p></header><p>after</p>");
        var header = body.QuerySelector("header")!;
        var lead = body.QuerySelector(".intro")!;
        DomPrune.Replace([(header, [lead])]);
        Assert.Equal("<p>before</p><p class=\"intro\">the lead</p><p>after</p>", body.InnerHtml);
    }

    private static IElement Parse(string body) => new HtmlParser().ParseDocument("<html><body>" + body + "</body></html>").Body!;

    private static void Reference(INode node, List<INode> into)
    {
        foreach (var child in node.ChildNodes)
        {
            into.Add(child);
            Reference(child, into);
        }
    }

    private static List<INode> PostOrder(INode root)
    {
        var result = new List<INode>();
        void Visit(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                Visit(child);
                result.Add(child);
            }
        }

        Visit(root);
        return result;
    }
}
