### Insights: what the search adds up to (English).

nav-insights = Insights
insights-title = Insights
insights-board = Board
insights-show = Show
insights-empty = Nothing to count yet: insights appear once there are applications on a board.
insights-empty-link = Go to your boards
insights-stat-tracked = Tracked
insights-stat-applied = Applied
insights-stat-response = Response rate
insights-stat-open = In progress
insights-stat-won = Offers
insights-stat-lost = Closed
insights-response-help = The response rate is the share of applications that moved on past the applied stage, to screening, an interview or an offer.
insights-funnel = Funnel
insights-funnel-help = Each step counts the applications that got at least that far, in percent of all tracked.
insights-step-tracked = Tracked
insights-step-applied = Applied
insights-step-progressed = Moved on
insights-step-offer = Offer
insights-times = Time in each stage
insights-times-help = Medians over the stays that ended with a move; an application still in a stage counts once it moves on.
insights-stage = Stage
insights-median = Median
insights-stays = Moves counted
insights-days = { $days ->
    [one] { $shown } day
   *[other] { $shown } days
}
insights-weekly = Applications per week
insights-weekly-label = { $count ->
    [one] 1 application in the last 12 weeks
   *[other] { $count } applications in the last 12 weeks
}, { $week } this week.
insights-weekly-help = By applied date, weeks starting on Monday, in your time zone.
insights-weekly-table = Show the numbers
insights-week = Week of
insights-applications = Applications
insights-week-tip = Week of { $date }: { $count ->
    [one] 1 application
   *[other] { $count } applications
}
insights-date = { $month }/{ $day }
