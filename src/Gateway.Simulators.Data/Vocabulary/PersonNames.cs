namespace Gateway.Simulators.Data.Vocabulary;

/// <summary>British surnames and forenames for authors and the simulators' fake patrons.</summary>
internal static class PersonNames
{
    public static readonly IReadOnlyList<string> Surnames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
        "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
        "Patel", "Khan", "Lewis", "James", "Phillips", "Mason", "Mitchell", "Rose", "Davis", "Rodriguez",
        "Cox", "Alexander", "Morgan", "Moore", "Murphy", "Hughes", "Edwards", "Hill", "Turner", "Cooper",
        "Ward", "Morris", "King", "Harrison", "Baker", "Collins", "Bennett", "Shaw", "Chapman", "Lloyd",
        "Longmore", "Kumar", "Ahmed", "Singh", "O'Brien", "McDonald", "Campbell", "Stewart", "Fraser", "Reid",
        "Ellis", "Gray", "Knight", "Marshall", "Owen", "Parker", "Palmer", "Holmes", "Barker", "Fletcher",
        "Nicholson", "Gibson", "Hunt", "Grant", "Foster", "Watts", "Ramsay", "Bhatt", "Okafor", "Nwosu",
    ];

    public static readonly IReadOnlyList<string> Forenames =
    [
        "Murray", "Ian", "Sarah", "Helen", "David", "Peter", "Jane", "Catherine", "Michael", "Andrew",
        "Rachel", "Emma", "James", "John", "Susan", "Alison", "Richard", "Mark", "Paul", "Elizabeth",
        "Fiona", "Claire", "Gillian", "Robert", "Simon", "Stephen", "Anne", "Ruth", "Philip", "Kate",
        "Nicola", "Jonathan", "Amanda", "Priya", "Anil", "Sunita", "Mohammed", "Aisha", "Chidi", "Ngozi",
        "Graham", "Lesley", "Nigel", "Pauline", "Karen", "Hugh", "Rosalind", "Tessa", "Duncan", "Morag",
    ];
}
