namespace Gateway.Marc.Tests;

/// <summary>Structural equality of records (the model's lists compare by reference).</summary>
internal static class MarcAssert
{
    public static void Equal(MarcRecord expected, MarcRecord actual, bool ignoreLeader = false)
    {
        if (!ignoreLeader)
        {
            Assert.Equal(expected.Leader, actual.Leader);
        }

        Assert.Equal(expected.Fields.Count, actual.Fields.Count);
        for (var i = 0; i < expected.Fields.Count; i++)
        {
            var e = expected.Fields[i];
            var a = actual.Fields[i];
            Assert.Equal(e.Tag, a.Tag);
            Assert.Equal(e.GetType(), a.GetType());
            switch (e)
            {
                case ControlField control:
                    Assert.Equal(control.Value, ((ControlField)a).Value);
                    break;
                case DataField data:
                    var other = (DataField)a;
                    Assert.Equal(data.Indicator1, other.Indicator1);
                    Assert.Equal(data.Indicator2, other.Indicator2);
                    Assert.Equal(data.Subfields, other.Subfields);
                    break;
            }
        }
    }
}
