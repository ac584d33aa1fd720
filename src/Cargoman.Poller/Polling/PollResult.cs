namespace Cargoman.Poller.Polling;

/// <param name="Listed">Events Stripe returned for the window, the overlap included.</param>
/// <param name="Published">Events published for the first time in this poll.</param>
/// <param name="MoreAvailable">Whether the next poll should start at once: a backlog remains, or the window was full.</param>
internal sealed record PollResult(int Listed, int Published, int Invalid, bool MoreAvailable);
