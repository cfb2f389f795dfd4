using EMnr.Core.Referrals;

namespace EMnr.Core.Tests.Referrals;

public sealed class ReferralStateMachineTests
{
    /// <summary>Every allowed step, written out by hand: status, action, side, resulting status.</summary>
    private static readonly (ReferralStatus From, ReferralAction Action, ReferralSide Side, ReferralStatus To)[] Allowed =
    [
        (ReferralStatus.Sent, ReferralAction.Acknowledge, ReferralSide.Recipient, ReferralStatus.Acknowledged),
        (ReferralStatus.Sent, ReferralAction.Accept, ReferralSide.Recipient, ReferralStatus.Accepted),
        (ReferralStatus.Acknowledged, ReferralAction.Accept, ReferralSide.Recipient, ReferralStatus.Accepted),
        (ReferralStatus.Sent, ReferralAction.Decline, ReferralSide.Recipient, ReferralStatus.Declined),
        (ReferralStatus.Acknowledged, ReferralAction.Decline, ReferralSide.Recipient, ReferralStatus.Declined),
        (ReferralStatus.Accepted, ReferralAction.Start, ReferralSide.Recipient, ReferralStatus.InProgress),
        (ReferralStatus.Accepted, ReferralAction.Complete, ReferralSide.Recipient, ReferralStatus.Completed),
        (ReferralStatus.InProgress, ReferralAction.Complete, ReferralSide.Recipient, ReferralStatus.Completed),
        (ReferralStatus.Sent, ReferralAction.Cancel, ReferralSide.Sender, ReferralStatus.Cancelled),
        (ReferralStatus.Acknowledged, ReferralAction.Cancel, ReferralSide.Sender, ReferralStatus.Cancelled),
        (ReferralStatus.Accepted, ReferralAction.Cancel, ReferralSide.Sender, ReferralStatus.Cancelled),
        (ReferralStatus.InProgress, ReferralAction.Cancel, ReferralSide.Sender, ReferralStatus.Cancelled),
    ];

    /// <summary>All 7 × 6 × 2 combinations of status, action and side.</summary>
    public static TheoryData<ReferralStatus, ReferralAction, ReferralSide> Combinations()
    {
        var data = new TheoryData<ReferralStatus, ReferralAction, ReferralSide>();
        foreach (var status in Enum.GetValues<ReferralStatus>())
        {
            foreach (var action in Enum.GetValues<ReferralAction>())
            {
                foreach (var side in Enum.GetValues<ReferralSide>())
                {
                    data.Add(status, action, side);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Next_EveryCombination_MatchesTable(ReferralStatus status, ReferralAction action, ReferralSide side)
    {
        var expected = Allowed.Where(a => a.From == status && a.Action == action && a.Side == side)
            .Select(a => (ReferralStatus?)a.To).SingleOrDefault();

        Assert.Equal(expected, ReferralStateMachine.Next(status, action, side));
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void AllowedActions_EveryStatusAndSide_ListsTableEntries(ReferralStatus status, ReferralAction action, ReferralSide side)
    {
        var listed = ReferralStateMachine.AllowedActions(status, [side]).Contains(action);

        Assert.Equal(Allowed.Any(a => a.From == status && a.Action == action && a.Side == side), listed);
    }

    [Theory]
    [InlineData(ReferralStatus.Declined)]
    [InlineData(ReferralStatus.Completed)]
    [InlineData(ReferralStatus.Cancelled)]
    public void AllowedActions_FinalStatus_IsEmptyForBothSides(ReferralStatus status)
    {
        Assert.True(ReferralStateMachine.IsFinal(status));
        Assert.Empty(ReferralStateMachine.AllowedActions(status, [ReferralSide.Sender, ReferralSide.Recipient]));
    }

    [Fact]
    public void AllowedActions_BothSides_UnitesSenderAndRecipient()
    {
        var actions = ReferralStateMachine.AllowedActions(ReferralStatus.Sent, [ReferralSide.Sender, ReferralSide.Recipient]);

        Assert.Equal([ReferralAction.Acknowledge, ReferralAction.Accept, ReferralAction.Decline, ReferralAction.Cancel], actions);
    }

    [Theory]
    [InlineData(ReferralAction.Acknowledge, ReferralSide.Recipient, false)]
    [InlineData(ReferralAction.Accept, ReferralSide.Recipient, false)]
    [InlineData(ReferralAction.Decline, ReferralSide.Recipient, true)]
    [InlineData(ReferralAction.Start, ReferralSide.Recipient, false)]
    [InlineData(ReferralAction.Complete, ReferralSide.Recipient, true)]
    [InlineData(ReferralAction.Cancel, ReferralSide.Sender, true)]
    public void SideOfAndRequiresText_EachAction_MatchRules(ReferralAction action, ReferralSide side, bool needsText)
    {
        Assert.Equal(side, ReferralStateMachine.SideOf(action));
        Assert.Equal(needsText, ReferralStateMachine.RequiresText(action));
    }

    [Theory]
    [InlineData(ReferralStatus.Sent, true)]
    [InlineData(ReferralStatus.Acknowledged, true)]
    [InlineData(ReferralStatus.Accepted, true)]
    [InlineData(ReferralStatus.InProgress, true)]
    [InlineData(ReferralStatus.Completed, true)]
    [InlineData(ReferralStatus.Declined, false)]
    [InlineData(ReferralStatus.Cancelled, false)]
    public void GrantingAccess_EachStatus_MatchesNeedToKnow(ReferralStatus status, bool grants) =>
        Assert.Equal(grants, ReferralStateMachine.GrantingAccess.Contains(status));
}
