using Returns.Orchestrations.Analytics.Themes;

namespace Returns.Orchestrations.Privacy;

/// <summary>
/// The words of a customer's name, email and address as comment analysis folds them, so a keyword taken from their
/// comment that is one of them ("schmidt", a street, a city) is not kept once the customer is erased.
/// </summary>
internal sealed class PersonalWords
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];

    public PersonalWords(IEnumerable<string?> values)
    {
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
                continue;
            var normalized = CommentText.Normalize(value);
            var words = LatinFolding.Words(normalized).Select(w => w.Text).ToArray();
            _texts.Add(normalized);
            _texts.Add(string.Join(' ', words));
            foreach (var word in words)
            {
                _words.Add(word);
                _words.Add(LatinFolding.GermanSpelling(word));
            }
        }
    }

    /// <summary>True when the keyword is, or is part of, one of the customer's own words (CJK names give character pairs).</summary>
    public bool Contains(string term) =>
        _words.Contains(term) || _words.Contains(LatinFolding.GermanSpelling(term)) || _texts.Exists(t => t.Contains(term, StringComparison.Ordinal));
}
