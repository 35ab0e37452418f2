using System.Security.Cryptography;
using System.Text;
using Newsdesk.Articles;

namespace Newsdesk.Writing.Llm;

/// <summary>A story's revision: SHA-256 over its articles' ids, titles and texts, in order. The same articles, the same revision.</summary>
public static class StoryRevision
{
    public static string Of(IReadOnlyList<Article> articles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var article in articles)
        {
            foreach (var field in new[] { article.Id, article.Title, article.Text })
            {
                var bytes = Encoding.UTF8.GetBytes(field);
                hash.AppendData(BitConverter.GetBytes(bytes.Length));
                hash.AppendData(bytes);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
