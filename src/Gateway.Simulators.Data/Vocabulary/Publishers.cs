namespace Gateway.Simulators.Data.Vocabulary;

/// <summary>Health-sciences publishers with weights (how often each appears).</summary>
internal static class Publishers
{
    public static readonly IReadOnlyList<Publisher> Books =
    [
        new("Elsevier", "Edinburgh", "stk", ["0702", "0723"], 10),
        new("Churchill Livingstone", "Edinburgh", "stk", ["0443"], 6),
        new("Oxford University Press", "Oxford", "enk", ["019"], 10),
        new("Wiley-Blackwell", "Chichester", "enk", ["1118", "1119", "1405"], 9),
        new("BMJ Books", "London", "enk", ["07279"], 5),
        new("Lippincott Williams & Wilkins", "Philadelphia", "pau", ["0781", "14511", "14963"], 6),
        new("SAGE", "London", "enk", ["14462", "15264", "14129"], 6),
        new("Cambridge University Press", "Cambridge", "enk", ["0521", "1107", "1108"], 5),
        new("Routledge", "Abingdon", "enk", ["0415", "1138"], 5),
        new("Palgrave Macmillan", "Basingstoke", "enk", ["0230", "1137"], 3),
        new("Open University Press", "Maidenhead", "enk", ["0335"], 4),
        new("Mosby", "St. Louis", "mou", ["0323"], 3),
        new("Saunders", "Philadelphia", "pau", ["0721", "1416"], 3),
        new("McGraw-Hill Education", "New York", "nyu", ["0071", "1259"], 2),
        new("CRC Press", "Boca Raton", "flu", ["1498", "0367"], 2),
        new("Hodder Arnold", "London", "enk", ["0340"], 2),
        new("Pearson", "Harlow", "enk", ["0273", "1292"], 2),
        new("Springer", "Cham", "sz ", ["3319", "3030"], 2),
        new("The King's Fund", "London", "enk", ["1857", "1909"], 1),
        new("Radcliffe Publishing", "Oxford", "enk", ["184619"], 1),
    ];

    public static readonly IReadOnlyList<Publisher> Serials =
    [
        new("BMJ Publishing Group", "London", "enk", [], 4),
        new("RCN Publishing", "London", "enk", [], 3),
        new("MA Healthcare", "London", "enk", [], 3),
        new("Wiley-Blackwell", "Oxford", "enk", [], 3),
        new("Elsevier", "London", "enk", [], 3),
        new("Oxford University Press", "Oxford", "enk", [], 2),
        new("SAGE", "London", "enk", [], 2),
    ];

    private static readonly int BookWeight = Books.Sum(p => p.Weight);
    private static readonly int SerialWeight = Serials.Sum(p => p.Weight);

    public static Publisher PickBook(int roll) => Pick(Books, roll % BookWeight);

    public static Publisher PickSerial(int roll) => Pick(Serials, roll % SerialWeight);

    private static Publisher Pick(IReadOnlyList<Publisher> list, int roll)
    {
        foreach (var publisher in list)
        {
            roll -= publisher.Weight;
            if (roll < 0)
            {
                return publisher;
            }
        }

        return list[^1];
    }
}
