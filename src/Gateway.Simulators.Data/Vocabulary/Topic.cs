namespace Gateway.Simulators.Data.Vocabulary;

/// <summary>A subject area: its name as used in titles (sentence case), its NLM class and MeSH headings.</summary>
public sealed record Topic(string Name, string NlmClass, IReadOnlyList<string> Headings);
