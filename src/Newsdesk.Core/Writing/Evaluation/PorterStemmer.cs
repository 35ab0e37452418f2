namespace Newsdesk.Writing.Evaluation;

/// <summary>
/// The Porter (1980) suffix-stripping stemmer, written from the published algorithm
/// (M.F. Porter, "An algorithm for suffix stripping", Program 14(3)). Input: a lowercase word.
/// Used only by ROUGE (<see cref="Rouge"/>), so that "reported" and "reports" count as one word there.
/// Why ROUGE keeps a Porter of its own rather than Lucene's Snowball one: it has the ANSI-C
/// departures from the paper (-logi to -log, -bli to -ble) that ROUGE-1.5.5's Perl Porter also has,
/// and Snowball's "porter" does not; on the 19,301 distinct multinews words of more than three
/// letters the two differ on 44 ("technology": technolog vs technologi), all from those two rules.
/// Every other stage, the writer's terms included, stems with Snowball (<c>Newsdesk.Text.Stemmer</c>).
/// </summary>
internal sealed class PorterStemmer
{
    private readonly char[] b;
    private int k;
    private int j;

    private PorterStemmer(string word)
    {
        b = word.ToCharArray();
        k = word.Length - 1;
    }

    /// <summary>The stem of a lowercase word; words of two letters or fewer are returned as they are.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 2 || !word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        var s = new PorterStemmer(word);
        s.Step1Ab();
        if (s.k > 0)
        {
            s.Step1C();
            s.Step2();
            s.Step3();
            s.Step4();
            s.Step5();
        }

        return new string(s.b, 0, s.k + 1);
    }

    private bool Cons(int i) => b[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !Cons(i - 1),
        _ => true,
    };

    // The measure m of the stem b[0..j]: the number of vowel-consonant sequences.
    private int M()
    {
        var n = 0;
        var i = 0;
        while (true)
        {
            if (i > j)
            {
                return n;
            }

            if (!Cons(i))
            {
                break;
            }

            i++;
        }

        i++;
        while (true)
        {
            while (true)
            {
                if (i > j)
                {
                    return n;
                }

                if (Cons(i))
                {
                    break;
                }

                i++;
            }

            i++;
            n++;
            while (true)
            {
                if (i > j)
                {
                    return n;
                }

                if (!Cons(i))
                {
                    break;
                }

                i++;
            }

            i++;
        }
    }

    private bool VowelInStem()
    {
        for (var i = 0; i <= j; i++)
        {
            if (!Cons(i))
            {
                return true;
            }
        }

        return false;
    }

    private bool DoubleC(int at) => at >= 1 && b[at] == b[at - 1] && Cons(at);

    private bool Cvc(int i) =>
        i >= 2 && Cons(i) && !Cons(i - 1) && Cons(i - 2) && b[i] is not ('w' or 'x' or 'y');

    private bool Ends(string s)
    {
        var offset = k - s.Length + 1;
        if (offset < 0)
        {
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            if (b[offset + i] != s[i])
            {
                return false;
            }
        }

        j = k - s.Length;
        return true;
    }

    // Suffixes replaced here are never longer than the ones they replace, except in step 1b
    // ("at" -> "ate", "bl" -> "ble", "iz" -> "ize", stem + "e"), where the input had "ed"/"ing".
    private void SetTo(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            b[j + 1 + i] = s[i];
        }

        k = j + s.Length;
    }

    private void R(string s)
    {
        if (M() > 0)
        {
            SetTo(s);
        }
    }

    private void Step1Ab()
    {
        if (b[k] == 's')
        {
            if (Ends("sses"))
            {
                k -= 2;
            }
            else if (Ends("ies"))
            {
                SetTo("i");
            }
            else if (k >= 1 && b[k - 1] != 's')
            {
                k--;
            }
        }

        if (Ends("eed"))
        {
            if (M() > 0)
            {
                k--;
            }
        }
        else if ((Ends("ed") || Ends("ing")) && VowelInStem())
        {
            k = j;
            if (Ends("at"))
            {
                SetTo("ate");
            }
            else if (Ends("bl"))
            {
                SetTo("ble");
            }
            else if (Ends("iz"))
            {
                SetTo("ize");
            }
            else if (DoubleC(k))
            {
                k--;
                if (b[k] is 'l' or 's' or 'z')
                {
                    k++;
                }
            }
            else if (M() == 1 && Cvc(k))
            {
                SetTo("e");
            }
        }
    }

    private void Step1C()
    {
        if (Ends("y") && VowelInStem())
        {
            b[k] = 'i';
        }
    }

    private static readonly (string From, string To)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
        ("logi", "log"),
    ];

    private static readonly (string From, string To)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
        "ism", "ate", "iti", "ous", "ive", "ize",
    ];

    private void Step2() => ApplyFirst(Step2Rules);

    private void Step3() => ApplyFirst(Step3Rules);

    private void ApplyFirst((string From, string To)[] rules)
    {
        // The first (longest listed) suffix that matches decides, as in the published algorithm.
        foreach (var (from, to) in rules.OrderByDescending(r => r.From.Length))
        {
            if (Ends(from))
            {
                R(to);
                return;
            }
        }
    }

    private void Step4()
    {
        foreach (var suffix in Step4Suffixes.OrderByDescending(s => s.Length))
        {
            if (!Ends(suffix))
            {
                continue;
            }

            if (suffix == "ion" && !(j >= 0 && b[j] is 's' or 't'))
            {
                return;
            }

            if (M() > 1)
            {
                k = j;
            }

            return;
        }
    }

    private void Step5()
    {
        j = k;
        if (b[k] == 'e')
        {
            var m = M();
            if (m > 1 || (m == 1 && !Cvc(k - 1)))
            {
                k--;
            }
        }

        if (b[k] == 'l' && DoubleC(k) && M() > 1)
        {
            k--;
        }
    }
}
