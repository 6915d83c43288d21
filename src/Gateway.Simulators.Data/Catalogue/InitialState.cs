namespace Gateway.Simulators.Data.Catalogue;

/// <summary>The circulation state a generated copy starts in; <see cref="InitialCirculation"/> makes the loans, holds and transfers.</summary>
internal enum InitialState
{
    Shelf,
    OnLoan,
    Waiting,
    HoldInTransit,
    Processing,
    InTransit,
}
