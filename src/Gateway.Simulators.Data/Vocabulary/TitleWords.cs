namespace Gateway.Simulators.Data.Vocabulary;

/// <summary>Title and subtitle patterns of health-sciences books ("{0}" is the topic).</summary>
internal static class TitleWords
{
    public static readonly IReadOnlyList<string> Patterns =
    [
        "Oxford handbook of {0}", "The {0} handbook", "Essentials of {0}", "{0} at a glance", "ABC of {0}",
        "Principles and practice of {0}", "Lecture notes. {0}", "Textbook of {0}", "Fundamentals of {0}",
        "A practical guide to {0}", "An introduction to {0}", "Manual of {0}", "{0} made easy", "Crash course. {0}",
        "The {0} survival guide", "Key concepts in {0}", "Understanding {0}", "Evidence-based {0}",
        "Handbook of {0}", "{0} for nurses", "{0} in practice", "Pocket guide to {0}", "Core topics in {0}",
        "A textbook of {0}", "Foundations of {0}", "Rapid {0}", "Clinical cases in {0}", "Succeeding in {0}",
    ];

    public static readonly IReadOnlyList<string> Subtitles =
    [
        "a practical guide", "principles and practice", "an evidence-based approach",
        "a guide for nurses and allied health professionals", "a handbook for junior doctors", "theory and practice",
        "a case-based approach", "core concepts and skills", "a guide for managers", "the essentials",
        "a multidisciplinary approach", "an introduction for students", "policy and practice", "from research to practice",
        "a textbook for health professionals", "a survival guide", "improving outcomes for patients", "a pocket reference",
        "clinical cases uncovered", "an illustrated colour text", "a person-centred approach", "for the MRCP and beyond",
        "a workbook", "questions and answers", "an A-Z guide", "a guide for the NHS",
    ];

    public static readonly IReadOnlyList<string> SerialTitles =
    [
        "British journal of nursing", "Nursing standard", "Nursing times", "BMJ", "The Lancet",
        "Journal of advanced nursing", "Health service journal", "Journal of clinical nursing", "Emergency nurse",
        "Mental health practice", "British journal of midwifery", "Journal of infection prevention",
        "International journal of nursing studies", "Archives of disease in childhood", "Anaesthesia",
        "British journal of surgery", "Age and ageing", "Journal of wound care", "Practice nursing",
        "Primary health care", "Nursing older people", "Nursing children and young people", "Cancer nursing practice",
        "Nursing management", "British journal of healthcare management", "Drug and therapeutics bulletin",
        "Journal of evaluation in clinical practice", "BMJ quality & safety",
    ];

    public static readonly IReadOnlyList<string> SerialPatterns =
    [
        "Journal of {0}", "British journal of {0}", "International journal of {0}", "{0} today", "Clinical {0}",
        "Advances in {0}", "{0} review",
    ];
}
