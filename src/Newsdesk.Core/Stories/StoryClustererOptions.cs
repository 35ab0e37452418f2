namespace Newsdesk.Stories;

/// <summary>
/// Options of <see cref="StoryClusterer"/>. The thresholds were calibrated together on the
/// uci-news-clusters half the team sees (docs/stories.md); change one, re-run bench/cluster/run
/// and the quality gate (ClusteringQualityTests).
/// </summary>
public sealed record StoryClustererOptions
{
    /// <summary>
    /// How long a story takes articles after it opened (its first article). A story is one happening
    /// and its direct developments; past this span a new development opens a new story (linked to
    /// the old one by its thread), so no story grows into a topic.
    /// </summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long after a story opened any article close enough to its core joins it. Later, until
    /// <see cref="Window"/>, an article joins only when it is clearly close to the core
    /// (<see cref="LateJoinThreshold"/>): a development of the same happening still joins, while a
    /// topic that keeps going (the next day's protests elsewhere, the next roundup) opens a new
    /// story, linked by its thread. <see cref="Window"/> or more turns the bound off. 2 days with
    /// <see cref="LateJoinThreshold"/> 0.3, measured on gva-events and the real May 2020 feeds in
    /// docs/stories.md.
    /// </summary>
    public TimeSpan SettledAfter { get; init; } = TimeSpan.FromHours(48);

    /// <summary>
    /// Least similarity to the core (before time damping) for an article to join a story older than
    /// <see cref="SettledAfter"/>; with <see cref="SettledNeedsIncidentName"/> it must also share a
    /// name of one incident with the core. 0.2 with that rule (chosen on gva-events' development part
    /// and the real feeds' development part, docs/stories.md session 10); 0.3 without it before.
    /// </summary>
    public double LateJoinThreshold { get; init; } = 0.2;

    /// <summary>
    /// Whether a settled story (older than <see cref="SettledAfter"/>) takes an article only when the
    /// two share a name of one incident (<see cref="IncidentNameStories"/>, <see cref="IncidentNameDocuments"/>):
    /// a victim, a small town, a suspect named by this happening alone. A public figure's or a big
    /// place's name is held by several open stories, or named by many documents lately, and says which
    /// topic an article is on: on the real May 2020 feeds Boris Johnson's week and Orange County's daily
    /// case lists joined settled stories at similarity 0.4-0.7 on such names and topic words. Off gives
    /// the rule before session 10 (any article at <see cref="LateJoinThreshold"/>), for the bench.
    /// </summary>
    public bool SettledNeedsIncidentName { get; init; } = true;

    /// <summary>
    /// Other open stories whose cores may hold a name at most for it to name one incident: 0, the name
    /// is this story's alone among the open stories. A name's document frequency says how often the
    /// stream names it; how many open stories hold it says whether it belongs to one happening.
    /// </summary>
    public int IncidentNameStories { get; init; }

    /// <summary>
    /// Documents that named a name lately at most (each counted less as it ages, <see cref="RecurringHalfLife"/>)
    /// for it to name one incident: a name a sparse stream meets once a month is one incident's even
    /// when only one story is open. 5, as <see cref="RecurringNameDocuments"/> (3: gva dev 0.900, 10:
    /// real feeds dev 22.1% over 3 days; docs/stories.md session 10).
    /// </summary>
    public double IncidentNameDocuments { get; init; } = 5;

    /// <summary>
    /// Whether a shared name of one incident is enough for the names rule (<see cref="SpecificNameShare"/>,
    /// <see cref="SingleAnchorTopicAgreement"/>) once the names agree at all (<see cref="NameAgreement"/>):
    /// a victim's name that a busy week of reports made frequent is still this incident's.
    /// </summary>
    public bool IncidentNameAgrees { get; init; } = true;

    /// <summary>
    /// Whether a headline-only article that shares a name of one incident with a core that has text
    /// is damped by time as an article with text (<see cref="FullTextDecayFloor"/>): "Man sought in Haw
    /// River bar shootings turns self in" five days after the shooting (similarity 0.84) decayed to 0.
    /// Headline-only streams (the UCI headlines) have no core with text and are unchanged.
    /// </summary>
    public bool IncidentHeadlineDecay { get; init; } = true;

    /// <summary>Strongest article terms used to look up candidate stories.</summary>
    public int QueryTerms { get; init; } = StoryClusterer.QueryTerms;

    /// <summary>Strongest article names also looked up when they are not among its <see cref="QueryTerms"/>.</summary>
    public int QueryNames { get; init; } = StoryClusterer.QueryNames;

    /// <summary>Strongest terms of a core article under which its story is indexed.</summary>
    public int IndexTerms { get; init; } = StoryClusterer.IndexTermsPerArticle;

    /// <summary>Strongest names of a core article under which its story is also indexed.</summary>
    public int IndexNames { get; init; } = StoryClusterer.IndexNamesPerArticle;

    /// <summary>The first articles of a story that make its core, its fixed identity.</summary>
    public int CoreArticles { get; init; } = 64;

    /// <summary>Distinct terms at which a story's core is full even before <see cref="CoreArticles"/> articles.</summary>
    public int CoreTerms { get; init; } = 128;

    /// <summary>Least cosine between an article's names and its story core's names (articles with text).</summary>
    public double NameAgreement { get; init; } = 0.1;

    /// <summary>
    /// An article with text joins a story only when it shares with the story's core at least one
    /// specific name: one that at most this share of the stream's documents hold (or at most
    /// <see cref="SpecificNameFloor"/> documents). A name every other report carries ("Covid",
    /// "Trump", "China", "UK" in May 2020) says which topic an article is on, not which happening;
    /// on short feed texts the topic's names alone made week-long blobs (docs/stories.md). 1 turns
    /// the rule off (every name is specific). 0.01 with a floor of 12 (the bundled demo's small
    /// stream needs the floor), measured in docs/stories.md.
    /// </summary>
    public double SpecificNameShare { get; init; } = 0.01;

    /// <summary>
    /// Similarity to the core at or above which an article joins without a shared specific name: a
    /// reprint or a near copy of the core is the same happening even when that happening fills the
    /// news and its names stop being specific (a wire story reprinted 300 times).
    /// </summary>
    public double ClearJoinThreshold { get; init; } = 0.5;

    /// <summary>A name held by at most this many documents of the stream is specific whatever its share (a young stream).</summary>
    public double SpecificNameFloor { get; init; } = 12;

    /// <summary>
    /// Whether a thread link needs more than one shared place: a shared specific name that is not a
    /// place, or two shared places (<see cref="PlaceNames"/>). Two happenings in one city are not one
    /// chain of developments; on the May 2020 feeds threads chained by "Auckland" and "Sydney"
    /// (docs/stories.md).
    /// </summary>
    public bool ThreadNeedsMoreThanAPlace { get; init; } = true;

    /// <summary>
    /// Least similarity to the core for an article whose only shared specific name is one place to
    /// join a story (<see cref="ThreadNeedsMoreThanAPlace"/>'s rule for joins, below this similarity).
    /// 0 turns it off (one shared place is enough); measured in docs/stories.md.
    /// </summary>
    public double PlaceJoinThreshold { get; init; }

    /// <summary>
    /// Least cosine, on the words that are not names (what happened, see StoryThreads.TopicCosine),
    /// between an article and a story's core for the article to join when the only specific name
    /// they share is one: one place, or one person or thing (its words and pairs count once). A
    /// city, a county or a politician named every day is shared by many happenings; one of them and
    /// nothing of what happened does not make a report of the same happening ("Orange County" held
    /// a beach closure, county case lists and a plane crash; "Queen" two unrelated royal items). A
    /// name the stream had barely met before (<see cref="RecurringNameDocuments"/>) is still enough
    /// alone. 0 turns it off. 0.1 with <see cref="RecurringNameDocuments"/> 5, measured on
    /// gva-events (development part) and the real May 2020 feeds in docs/stories.md.
    /// </summary>
    public double SingleAnchorTopicAgreement { get; init; } = 0.1;

    /// <summary>
    /// A shared name that at most this many documents named lately (each counted less as it ages,
    /// <see cref="RecurringHalfLife"/>) is still enough alone (<see cref="SingleAnchorTopicAgreement"/>
    /// does not apply): a name the stream had not met before this happening names it, while a
    /// place or a person the stream keeps naming names a topic. 0: every name is held to the rule.
    /// </summary>
    public double RecurringNameDocuments { get; init; } = 5;

    /// <summary>
    /// Least topic cosine (the words that are not names, as <see cref="SingleAnchorTopicAgreement"/>) for an article to join
    /// on one shared name that the stream had barely met (<see cref="RecurringNameDocuments"/>): such a name alone was
    /// enough, so "Sir Frederick Barclay's nephews sold the Ritz" joined "Barclays customers rage as bank's systems crash"
    /// on "barclay", and a Foo Fighters cover going to number one in the UK joined the UK's test count, with not one word
    /// of what happened in common. 0 turns it off: off, measured in session 15 (docs/stories.md): at 0.05, with
    /// <see cref="RareNameTopicOnIncidents"/>, fewer real-feeds articles in long stories, but gva held out 0.911 -> 0.906
    /// and three right thread links of the judged development links moved.
    /// </summary>
    public double RareNameTopicFloor { get; init; }

    /// <summary>Whether <see cref="RareNameTopicFloor"/> holds for a name of one incident too (<see cref="IncidentNameAgrees"/>).</summary>
    public bool RareNameTopicOnIncidents { get; init; }

    /// <summary>
    /// Least agreement on what happened for an article with text to join on one shared specific name that is not a place
    /// (one person or thing, <see cref="SpecificNames.Anchors"/>), whichever rule let the name through (a name the stream had
    /// barely met, <see cref="RecurringNameDocuments"/>; a name of one incident, <see cref="IncidentNameAgrees"/>): the topic
    /// cosine on the words that are not names (<see cref="StoryThreads.TopicCosine"/>) must reach it, unless the two give a
    /// number in common (<see cref="ArticleProfile.Numbers"/>). One name with not one word of the happening in common is two
    /// items about one name: a report on Sir Frederick Barclay's Ritz sale joined one on Barclays' systems crash, "Mars" of
    /// Mar-a-Lago a story on Mars, a UFC fighter's defeat the UFC boss's interview. Clearly close joins
    /// (<see cref="ClearJoinThreshold"/>) and joins on two or more names are not held to it. 0 turns it off: off, measured in
    /// session 17 (docs/stories.md): at 0.01 about 440 joins of the real May 2020 feeds go, nearly all wrong, but reports of
    /// one happening in other words go with them (the carrier Roosevelt, Manila's quarantine guidelines) and the judged
    /// development links lose two right links.
    /// </summary>
    public double OneNameHappening { get; init; }

    /// <summary>
    /// Whether <see cref="OneNameHappening"/> holds when the one shared name is a place too. Off: reports of one shooting
    /// often share only its town or street beside words of their own (gva-events development part 0.901 -> 0.899 with it on).
    /// </summary>
    public bool OneNameHappeningHoldsPlaces { get; init; }

    /// <summary>Time for a document's count in <see cref="RecurringNameDocuments"/> to halve.</summary>
    public TimeSpan RecurringHalfLife { get; init; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Least similarity to the core for an article with text to join a story when the article or
    /// the core names no one and nowhere: without names, shared words say only what the two are
    /// about ("Post-pandemic offices" joined "Possible post-lockdown workplace rules revealed" at 0.20,
    /// a Houston helicopter crash a Quezon City protest at 0.19). At or below <see cref="JoinThreshold"/>
    /// it is off. 0.2 since session 16: on the judged nameless joins of the real May 2020 feeds
    /// (bench/cluster/joins, development part) the highest bar that keeps every right one; docs/stories.md.
    /// </summary>
    public double NamelessJoinThreshold { get; init; } = 0.2;

    /// <summary>
    /// Whether a word seen only as the leading part of a longer name ("Mike" of "Mike Pence") still
    /// counts among an article's names on its own. Off by default (see ArticleFeatures.IsName); on
    /// gives the rule before 2026-12-05 session 3, for the bench.
    /// </summary>
    public bool LeadingNamePartsAreNames { get; init; }

    /// <summary>Least combined similarity for an article with text to join an existing story.</summary>
    public double JoinThreshold { get; init; } = 0.10;

    /// <summary>
    /// Least combined similarity for a headline-only article (no text) to join a story: a headline
    /// has a handful of terms, so its cosines run far lower than a full article's.
    /// </summary>
    public double HeadlineJoinThreshold { get; init; } = 0.10;

    /// <summary>When an article scores at least this against a second story as well, the two stories are merged.</summary>
    public double MergeThreshold { get; init; } = 0.30;

    /// <summary>Least cosine between two stories' centroids for them to be merged.</summary>
    public double CentroidMergeThreshold { get; init; } = 0.40;

    /// <summary>Time for a story's pull on new articles to halve after its last article.</summary>
    public TimeSpan SimilarityHalfLife { get; init; } = TimeSpan.FromHours(6);

    /// <summary>
    /// Share of a story's pull that never decays for an article with full text. A headline is
    /// short and ambiguous, so time carries much of the evidence (the UCI calibration); a full
    /// text names the people, places and numbers of its event, so a follow-up a day or two later
    /// still joins its story. Calibrated on the bundled sample outlets' follow-ups (DemoPipelineTests).
    /// </summary>
    public double FullTextDecayFloor { get; init; } = 0.5;

    /// <summary>Weight of a word of the title against one of the body.</summary>
    public double TitleWeight { get; init; } = 3.0;

    /// <summary>Weight of a word of the lede (the first paragraph) against one of the body.</summary>
    public double LedeWeight { get; init; } = 1.5;

    /// <summary>Extra factor on terms that are named entities (people, places, organisations).</summary>
    public double EntityBoost { get; init; } = 1.5;

    /// <summary>Share of the score that comes from the closest recent member rather than the centroid.</summary>
    public double NeighbourShare { get; init; } = 0.2;

    /// <summary>Whether stories are linked into threads at all (off: the cost of clustering without threads, for the bench).</summary>
    public bool LinkThreads { get; init; } = true;

    /// <summary>
    /// How long after a story's last article a new story can still be linked to it as a development
    /// in the same thread (<see cref="StoryThreads"/>).
    /// </summary>
    public TimeSpan ThreadHorizon { get; init; } = TimeSpan.FromDays(14);

    /// <summary>Least cosine between a new story's first article's names and an earlier story core's names for a thread link.</summary>
    public double ThreadNameAgreement { get; init; } = 0.3;

    /// <summary>Least cosine between a new story's first article and an earlier story's core centroid for a thread link.</summary>
    public double ThreadTextAgreement { get; init; } = 0.1;

    /// <summary>
    /// Least cosine between a new story's first article and an earlier story's core on the words that
    /// are not names, for a thread link: the two must agree on what happened, not only on who and
    /// where (see StoryThreads.TopicCosine). 0 turns it off. 0.1, measured on the judged thread links
    /// of the real May 2020 feeds and on gva-events in docs/stories.md.
    /// </summary>
    public double ThreadTopicAgreement { get; init; } = 0.1;

    /// <summary>
    /// Whether, for a thread link's topic cosine, the words of a name count as names too: "michael" of
    /// "Michael Jordan", "tara" of "Tara Reade" (a leading part of a longer name is no name of its own,
    /// <see cref="LeadingNamePartsAreNames"/>, so it stayed among the words of what happened, and two
    /// items about one person agreed on their first name).
    /// </summary>
    public bool ThreadTopicSkipsNameWords { get; init; }

    /// <summary>
    /// Least topic cosine (as <see cref="ThreadTopicAgreement"/>) for a thread link when the two share one
    /// specific person, place or thing only (<see cref="SpecificNames.Anchors"/>): one columnist, one
    /// celebrity, one brand is shared by items on other matters, so sharing it, the two must agree more
    /// on what happened; two stories sharing two people or a person and a place keep
    /// <see cref="ThreadTopicAgreement"/>. 0: the same bar for both. 0.2 since session 12, chosen on the
    /// development part of the judged links (bench/cluster/links; docs/stories.md "Session 12").
    /// </summary>
    public double ThreadSingleAnchorTopic { get; init; } = 0.2;

    /// <summary>
    /// Least cosine on what happened (<see cref="StoryThreads.HappeningCosine"/>: the topic words less the words of the full
    /// names the two share, such as "michael" of "Michael Jordan") for a thread link whose two stories share one specific
    /// name only (<see cref="ThreadSingleAnchorTopic"/>'s case). A leading name part is no name of its own
    /// (<see cref="LeadingNamePartsAreNames"/>), so a person's given name stayed among the topic words and carried the
    /// topic cosine of two items on one person on other matters (Michael Jordan's children, then his $100M offer; two
    /// columns by Dr Michael Mosley). 0 turns it off. 0.08 since session 14, chosen on the development part of the judged
    /// links (bench/cluster/links: the best precision that keeps every right link; docs/stories.md "Session 14").
    /// </summary>
    public double ThreadOneNameHappening { get; init; } = 0.08;

    /// <summary>
    /// Whether a thread link must also share a specific name with the earlier story's first article, the one whose
    /// headline the timeline shows, counting a surname the two give to different people as none
    /// (<see cref="SpecificNames.Disagreeing"/>). A story's core can hold a later article on a namesake ("Vanessa Bryant
    /// files claim" linked to "John Bryant dies" through a Kobe Bryant item in John Bryant's story), and the link read
    /// from the core alone follows it. On since session 14b: on the development links it removes two wrong links and no right
    /// one (docs/stories.md "Session 14").
    /// </summary>
    public bool ThreadFirstArticleAgrees { get; init; } = true;

    /// <summary>
    /// Whether a month both stories name ("June", capitalised and so read as a name) counts as no shared name for a thread
    /// link: "Schools in Wales not reopening on 1 June" and "schools 'go back in June'" share a date, not a happening.
    /// Off: measured in session 15 (docs/stories.md), it removes one wrong judged development link, but of the ten links of the
    /// month it removes about half are one policy's next step keyed on its date ("Primary schools could begin reopening from
    /// 1 June" after the lockdown roadmap; pubs closed "until July").
    /// </summary>
    public bool ThreadMonthsAreNoNames { get; init; }

    /// <summary>
    /// Whether a thread link counts the names the two share as one when a later name bridges them ("cuomo", "york_gov"
    /// and then "gov_andrew" of "New York Gov. Andrew Cuomo" are one person), rather than stopping at the second name
    /// read (<see cref="SpecificNames.Anchors"/>). On since session 14; the clusterer's own joins still stop at the second
    /// name, so story placements do not depend on it.
    /// </summary>
    public bool ThreadAnchorsReadAll { get; init; } = true;

    /// <summary>
    /// Whether a thread link leaves out the words of lines the outlet repeats across its items (<see cref="OutletLines"/>:
    /// a sign-up prompt, a live page's standing advice, a columnist's byline before a colon): they are not shared names
    /// and carry no weight in the topic cosine, on either side. Learned online from each outlet's earlier items. On since
    /// session 13 (bench/cluster/links, docs/stories.md "Session 13"); story placements do not depend on it.
    /// </summary>
    public bool ThreadSkipsRepeatedLines { get; init; } = true;

    /// <summary>Earlier items of one outlet that must hold a line for it to count as repeated (<see cref="ThreadSkipsRepeatedLines"/>).</summary>
    public int RepeatedLineItems { get; init; } = 2;

    /// <summary>
    /// Whether, for a join, a one-word name the article and the core share does not count when each side names it only as
    /// the last word of a different full name (the rule of <see cref="ThreadNamesMustAgree"/>, applied to joins: "lewi" of
    /// Brandon Lewis and of John Lewis; "calif" of "Hollister, Calif." and "Ridgecrest, Calif."). Off: measured in
    /// docs/stories.md (session 16).
    /// </summary>
    public bool JoinNamesMustAgree { get; init; }

    /// <summary>
    /// Whether an article does not join a story when both place their happening in towns (<see cref="HappeningMarks"/>: "Ridgecrest"
    /// of "11 miles from Ridgecrest, Calif.") and none of the article's is named by the core's articles of the same outlet: one
    /// outlet does not report one happening twice in two towns, but its template items do (a quake bot's share every other word,
    /// at similarity up to 0.9); reports of one happening by two outlets may place it in a town and a neighbouring one.
    /// Applies to every join, the clearly close ones too. On since session 16 (docs/stories.md).
    /// </summary>
    public bool JoinTownsMustAgree { get; init; } = true;

    /// <summary>
    /// Whether an article does not join a story when both give times of day ("4:37 p.m.", <see cref="HappeningMarks"/>) and none
    /// of the article's is given by the core's articles of the same outlet. Applies to every join, the clearly close ones too.
    /// Off: reports of one happening give the time it began, the time police came, the time of an arrest (gva dev 0.902 -> 0.899,
    /// docs/stories.md, session 16).
    /// </summary>
    public bool JoinTimesMustAgree { get; init; }

    /// <summary>
    /// Whether, for a join, a name the article and the core share counts only when both wrote it alike: the clusterer's terms
    /// are stems, so "Rhodes" (Zandra Rhodes) and "Rhode" (Rhode Island), "Barclays" and "Barclay", "Boeing" and "BoE" are one
    /// term ("rhode", "barclay", "boe"); two names written differently are two names, whatever their stem. Only the words
    /// read as names are compared as written (<see cref="ArticleProfile.NameSurfaces"/>); the other words keep their stems.
    /// On since session 17b (docs/stories.md).
    /// </summary>
    public bool JoinNamesAsWritten { get; init; } = true;

    /// <summary>
    /// Whether an article does not join a story when both give a quake's magnitude ("magnitude 4.4", "3.6 quake";
    /// <see cref="HappeningMarks"/>) and none of the article's is given by the core's articles of the same outlet, unless they
    /// give the same time of day: one outlet's bot reports each quake in one template, and two magnitudes at one town are two
    /// quakes, except when the bot revises a quake it already reported (3.1 then 3.3, both "at 4:37 p.m.").
    /// Applies to every join, the clearly close ones too. On since session 17b (docs/stories.md).
    /// </summary>
    public bool JoinMagnitudesMustAgree { get; init; } = true;

    /// <summary>
    /// Whether, for a thread link, a one-word name the two share does not count when each side names it only as the last
    /// word of a different full name ("bryant" of Kobe Bryant and of John Bryant; "calif" of "Calexico, Calif." and
    /// "Reedley, Calif."): a surname shared by two people is not a shared person (<see cref="SpecificNames.Disagreeing"/>).
    /// On since session 13.
    /// </summary>
    public bool ThreadNamesMustAgree { get; init; } = true;

    /// <summary>
    /// Whether a thread link's topic cosine leaves out the words of the joined names the two share ("michael" of
    /// "michael_jordan"), but not those of other names (<see cref="ThreadTopicSkipsNameWords"/> leaves out all).
    /// </summary>
    public bool ThreadTopicSkipsSharedNameWords { get; init; }

    /// <summary>Least sum of the two cosines above (names and words) for a thread link: both must agree, and together clearly.</summary>
    public double ThreadAgreement { get; init; } = 0.8;

    /// <summary>Throws when an option is out of range (validated at start-up).</summary>
    public void Validate()
    {
        Check(Window > TimeSpan.Zero && Window <= TimeSpan.FromDays(60), nameof(Window));
        Check(JoinThreshold is > 0 and < 1, nameof(JoinThreshold));
        Check(HeadlineJoinThreshold is > 0 and < 1, nameof(HeadlineJoinThreshold));
        Check(MergeThreshold is > 0 and <= 1, nameof(MergeThreshold));
        Check(CentroidMergeThreshold is > 0 and <= 1, nameof(CentroidMergeThreshold));
        Check(SimilarityHalfLife > TimeSpan.Zero, nameof(SimilarityHalfLife));
        Check(FullTextDecayFloor is >= 0 and <= 1, nameof(FullTextDecayFloor));
        Check(TitleWeight > 0 && LedeWeight > 0 && EntityBoost >= 1, "term weights");
        Check(NeighbourShare is >= 0 and <= 1, nameof(NeighbourShare));
        Check(CoreArticles is >= 1 and <= 64, nameof(CoreArticles));
        Check(CoreTerms >= 1, nameof(CoreTerms));
        Check(NameAgreement is >= 0 and < 1, nameof(NameAgreement));
        Check(SettledAfter > TimeSpan.Zero, nameof(SettledAfter));
        Check(LateJoinThreshold is > 0 and <= 1, nameof(LateJoinThreshold));
        Check(SpecificNameShare is > 0 and <= 1, nameof(SpecificNameShare));
        Check(ClearJoinThreshold is > 0 and <= 1, nameof(ClearJoinThreshold));
        Check(SpecificNameFloor >= 0, nameof(SpecificNameFloor));
        Check(PlaceJoinThreshold is >= 0 and <= 1, nameof(PlaceJoinThreshold));
        Check(SingleAnchorTopicAgreement is >= 0 and <= 1, nameof(SingleAnchorTopicAgreement));
        Check(NamelessJoinThreshold is >= 0 and <= 1, nameof(NamelessJoinThreshold));
        Check(RecurringNameDocuments >= 0, nameof(RecurringNameDocuments));
        Check(RareNameTopicFloor is >= 0 and <= 1, nameof(RareNameTopicFloor));
        Check(OneNameHappening is >= 0 and <= 1, nameof(OneNameHappening));
        Check(RecurringHalfLife > TimeSpan.Zero, nameof(RecurringHalfLife));
        Check(IncidentNameStories >= 0, nameof(IncidentNameStories));
        Check(IncidentNameDocuments >= 0, nameof(IncidentNameDocuments));
        Check(QueryTerms is >= 1 and <= ArticleFeatures.MaxVectorTerms, nameof(QueryTerms));
        Check(QueryNames is >= 0 and <= ArticleFeatures.MaxVectorTerms, nameof(QueryNames));
        Check(IndexTerms is >= 1 and <= ArticleFeatures.MaxVectorTerms, nameof(IndexTerms));
        Check(IndexNames is >= 0 and <= ArticleFeatures.MaxVectorTerms, nameof(IndexNames));
        Check(ThreadHorizon >= TimeSpan.Zero && ThreadHorizon <= TimeSpan.FromDays(366), nameof(ThreadHorizon));
        Check(ThreadNameAgreement is > 0 and <= 1, nameof(ThreadNameAgreement));
        Check(ThreadTextAgreement is >= 0 and <= 1, nameof(ThreadTextAgreement));
        Check(ThreadAgreement is >= 0 and <= 2, nameof(ThreadAgreement));
        Check(ThreadTopicAgreement is >= 0 and <= 1, nameof(ThreadTopicAgreement));
        Check(ThreadSingleAnchorTopic is >= 0 and <= 1, nameof(ThreadSingleAnchorTopic));
        Check(ThreadOneNameHappening is >= 0 and <= 1, nameof(ThreadOneNameHappening));
        Check(RepeatedLineItems >= 1, nameof(RepeatedLineItems));
    }

    private static void Check(bool ok, string name)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, $"story clusterer option {name} is out of range");
        }
    }
}
