namespace Gateway.Simulators.Data.Circulation;

/// <summary>The next free checkout, hold and transfer ids of one system (assigned in generation order).</summary>
internal sealed class CirculationIds
{
    private int _checkout;
    private int _hold;
    private int _transfer;

    public int NextCheckout() => ++_checkout;

    public int NextHold() => ++_hold;

    public int NextTransfer() => ++_transfer;
}
