using System.Text;
using Newsdesk.Articles;

namespace Newsdesk.Core.Tests.Articles;

public sealed class PageAccessTests
{
    public static TheoryData<string, string, bool> Cases => new()
    {
        { "JSON-LD says not free", """<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree": false}</script>""", true },
        { "JSON-LD says not free, as a string", """{"isAccessibleForFree":"False"}""", true },
        { "JSON-LD says free", """{"isAccessibleForFree": true}""", false },
        { "a later block says not free", """{"isAccessibleForFree": true} {"hasPart":{"isAccessibleForFree": false}}""", true },
        { "no statement", "<p>Subscribe to our newsletter</p>", false },
        { "the name cut off at the end", "isAccessibleForFree", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReadsThePagesOwnStatement(string name, string page, bool subscriberOnly)
    {
        Assert.True(PageAccess.IsSubscriberOnly(Encoding.UTF8.GetBytes(page)) == subscriberOnly, name);
    }
}
