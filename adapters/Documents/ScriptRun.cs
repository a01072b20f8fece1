namespace Returns.Adapters.Documents;

/// <summary>A piece of a string that is drawn with one font: all of its characters are in <see cref="Script"/>.</summary>
public readonly record struct ScriptRun(TextScript Script, string Text);
