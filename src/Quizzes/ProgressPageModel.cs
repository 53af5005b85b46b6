namespace StatiqSite.Quizzes;

/// <summary>
/// What the theme's <c>partials/progress/page.liquid</c> sees to write the body of <c>/voortgang/</c>, as snake_case
/// variables: <c>strings</c> (the widget texts by name), <c>strings_json</c>, <c>quizzes</c>, <c>flashcards_href</c>,
/// <c>self_ratings</c>.
/// </summary>
/// <param name="Strings">The quiz strings by name (<c>{{ strings.progressIntro }}</c>).</param>
/// <param name="StringsJson">All strings as JSON, for <c>progress.js</c>.</param>
/// <param name="Quizzes">Every quiz of the site in reading order.</param>
/// <param name="FlashcardsHref">The link to the flashcards when the site has a glossary, else null.</param>
/// <param name="SelfRatings">The site's self-ratings per competency, in reading order of their first use.</param>
public sealed record ProgressPageModel(
    IReadOnlyDictionary<string, string> Strings,
    string StringsJson,
    IReadOnlyList<ProgressQuiz> Quizzes,
    string? FlashcardsHref,
    IReadOnlyList<ProgressCompetency> SelfRatings);

/// <summary>A quiz as <c>/voortgang/</c> lists it.</summary>
/// <param name="Id">The quiz id.</param>
/// <param name="Version">The quiz's version (<see cref="QuizEntry.Version"/>).</param>
/// <param name="Total">How many of its questions are scored.</param>
/// <param name="Href">The link to the quiz on its page.</param>
/// <param name="Label">The page's title, and the quiz's after " · " when it has one.</param>
/// <param name="Questions">Its questions.</param>
public sealed record ProgressQuiz(string Id, string Version, int Total, string Href, string Label, IReadOnlyList<ProgressQuestion> Questions);

/// <summary>A question as <c>/voortgang/</c> lists it (hidden), for review and the portfolio.</summary>
/// <param name="Key">Its progress key.</param>
/// <param name="Version">Its own version.</param>
/// <param name="Type">Its kind as written.</param>
/// <param name="Href">The link to the question on its page.</param>
/// <param name="Text">The question as plain text.</param>
public sealed record ProgressQuestion(string Key, string Version, string Type, string Href, string Text);

/// <summary>A competency on <c>/voortgang/</c>: the self-ratings of its behaviours, of which the reader's latest is shown.</summary>
/// <param name="Key">The glossary id, or, for a rating of its own statements, <c>&lt;quiz id&gt;/&lt;question key&gt;</c>.</param>
/// <param name="Name">The term, or the question.</param>
/// <param name="Ratings">The self-rating questions on it.</param>
public sealed record ProgressCompetency(string Key, string Name, IReadOnlyList<ProgressSelfRating> Ratings);

/// <summary>One self-rating question as <c>/voortgang/</c> needs it to draw the reader's rating.</summary>
/// <param name="QuizId">Its quiz.</param>
/// <param name="QuestionKey">Its progress key.</param>
/// <param name="Version">Its own version.</param>
/// <param name="Href">The link to the question on its page.</param>
/// <param name="Question">The question as plain text.</param>
/// <param name="ScaleJson">The scale's labels as a JSON array, for <c>progress.js</c>.</param>
/// <param name="Statements">The statements with their keys.</param>
public sealed record ProgressSelfRating(string QuizId, string QuestionKey, string Version, string Href, string Question, string ScaleJson, IReadOnlyList<StatementEntry> Statements);
