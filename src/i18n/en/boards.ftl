### Pipeline boards: boards, stages, cards, companies (English).

nav-boards = Boards
nav-breadcrumbs = Breadcrumbs
boards-title = Boards
boards-none = No boards yet. Start one below: it takes a name.
boards-card-count = { $count ->
    [one] 1 application
   *[other] { $count } applications
}
boards-archived = { $count ->
    [one] 1 archived board
   *[other] { $count } archived boards
}
boards-archived-badge = Archived
boards-restore = Restore
boards-all = All boards
boards-new = New board
boards-create = Create board
notice-board-deleted = The board and everything on it was deleted.
field-board-name = Board name
field-board-template = Start with
template-job-search = Job search
template-job-search-stages = Wishlist, Applied, Screening, Interviewing, Offer, Rejected, Ghosted
template-simple = Simple
template-simple-stages = Wishlist, Applied, Interview, Offer
template-empty = Empty
template-empty-stages = No stages: add your own.

## Stages made by the templates
stage-wishlist = Wishlist
stage-applied = Applied
stage-screening = Screening
stage-interviewing = Interviewing
stage-interview = Interview
stage-offer = Offer
stage-rejected = Rejected
stage-ghosted = Ghosted

## The board
board-columns = Stages
board-count = { $count ->
    [one] 1 application
   *[other] { $count } applications
}
board-filter = Filter the board
board-filter-text = Search
board-filter-any = Any
board-filter-apply = Filter
board-filter-clear = Clear filters
field-tag = Tag
field-work-mode = Work mode
board-add-title = Job title
board-add = Add
board-move-to = Move to
board-move = Move
board-move-card = Move a card
field-card = Card
board-deadline = Deadline { $date }
board-excitement = { $count ->
    [one] Excitement: 1 of 5
   *[other] Excitement: { $count } of 5
}
board-handle = Move “{ $title }”
board-drag-help = To move a card with the keyboard, press Space on its handle, use the arrow keys, then press Space to drop it or Escape to cancel.
board-lifted = Picked up “{ $title }”. Use the arrow keys to move it, Space to drop it, Escape to cancel.
board-position = { $stage }, { $position } of { $count }
board-dropped = Dropped “{ $title }” in { $where }.
board-move-cancelled = Move cancelled; the card is back where it was.
board-move-failed = The card could not be moved; the board shows it where it is saved.
board-settings = Board settings
board-rename = Name and ghosted hint
board-archive = Archive the board
board-delete = Delete the board
board-delete-warning = This deletes the board, its stages and every application on it, with their history. It cannot be undone.
board-delete-confirm = I understand that this cannot be undone.

## Stages
stage-settings = Settings of { $stage }
stage-add = Add a stage
field-stage-name = Stage name
field-stage-color = Colour
field-stage-kind = Counts as
stage-kind-open = In progress
stage-kind-won = Offer (won)
stage-kind-lost = Closed (lost)
field-stage-marks-applied = Entering this stage sets the applied date
stage-move-left = Move left
stage-move-right = Move right
field-stage-move-cards = Move its applications to
stage-delete = Delete the stage
color-slate = Slate
color-blue = Blue
color-teal = Teal
color-green = Green
color-amber = Amber
color-orange = Orange
color-red = Red
color-purple = Purple
color-pink = Pink

## A card
card-details = Details
card-panel-close = Close
card-archived = Archived
card-archive = Archive
card-restore = Restore
notice-card-saved = The application was saved.
field-job-url = Link to the job ad
field-location = Location
field-job-type = Job type
field-source = Source
field-deadline = Deadline
field-applied-on = Applied on
field-excitement = Excitement
field-tags = Tags
field-tags-hint = Separated by commas.
field-notes = Notes

## Timeline
timeline-title = Timeline
timeline-created = Added
timeline-archived = Archived
timeline-restored = Restored
timeline-stage = Moved from { $from } to { $to }
timeline-field = { $field } set to { $value }
timeline-field-cleared = { $field } changed
timeline-field-title = Title
timeline-field-company = Company
timeline-field-job-url = Job link
timeline-field-location = Location
timeline-field-work-mode = Work mode
timeline-field-salary-min = Minimum salary
timeline-field-salary-max = Maximum salary
timeline-field-salary-currency = Currency
timeline-field-salary-period = Salary period
timeline-field-job-type = Job type
timeline-field-source = Source
timeline-field-deadline = Deadline
timeline-field-applied-on = Applied date
timeline-field-excitement = Excitement
timeline-field-tags = Tags
timeline-field-description = Description
timeline-field-notes = Notes

## Companies
company-details = Company details
company-applications = Applications
notice-company-saved = The company was saved.
field-website = Website
field-industry = Industry
field-company-size = Size

## Errors
error-url-invalid = Enter a web address starting with http:// or https://.
error-date-invalid = Enter a date as year-month-day.
error-excitement-invalid = Choose from 1 to 5.
error-confirm-required = Tick the box to confirm.
error-company-exists = You already have a company with this name.

## Ghosted hint
field-ghost-days = Ghosted after (days)
field-ghost-days-hint = Applied cards with no change for this long show a hint.
board-ghosted = { $days ->
    [one] No news for 1 day.
   *[other] No news for { $days } days.
}
board-ghosted-move = Move to { $stage }

## Duplicates
board-duplicate = Added, but you already have this job on { $board }:
board-duplicate-plain = Added, but you already have this job on one of your boards.
board-duplicate-open = Open the earlier card

## List view
board-view = View
board-view-board = Board
board-view-list = List
list-caption = The board's applications, one per row
list-stage = Stage
list-salary = Salary

board-export = Export CSV

## CSV import
board-import = Import CSV
import-title = Import applications from a CSV file
import-lede = Bring in the applications you track elsewhere. Exports from Huntr, Teal and Offerline are recognised as they are; for any other file, you choose which column fills which field before anything is imported.
import-file = CSV file
import-file-hint = Comma or semicolon separated, a header row first, as any spreadsheet saves it. Up to 2,000 rows, 100 columns and 2 MB.
import-upload = Upload and check
import-file-summary = { $file }: { $rows ->
    [one] one row
   *[other] { $rows } rows
}
import-mapping-title = Columns
import-mapping-lede = Each column of the file fills the field chosen next to it. Change any choice, then check again.
import-column = Column in the file
import-field = Fills
import-examples = Examples
import-leave-out = (Leave out)
import-check = Check again
import-ready-title = Ready to import
import-ready = { $good } of { $rows } rows can be imported. Rows with problems are skipped; the others are imported.
import-run = { $good ->
    [one] Import one application
   *[other] Import { $good } applications
}
import-done = { $imported ->
    [0] No application was imported.
    [one] One application was imported.
   *[other] { $imported } applications were imported.
}
import-skipped = { $skipped ->
    [one] One row was skipped:
   *[other] { $skipped } rows were skipped:
}
import-line = Line { $line }:
import-open-board = Open the board
import-field-title = Job title
import-field-company = Company
import-field-stage = Stage
import-field-job-url = Link to the job ad
import-field-description = Description
import-field-location = Location
import-field-work-mode = Work mode
import-field-salary = Salary (a range in one cell)
import-field-salary-min = Minimum salary
import-field-salary-max = Maximum salary
import-field-salary-currency = Currency
import-field-salary-period = Salary period
import-field-job-type = Job type
import-field-source = Source
import-field-deadline = Deadline
import-field-applied-on = Applied on
import-field-excitement = Excitement
import-field-tags = Tags
import-field-notes = Notes
import-field-archived = Archived
error-import-no-file = Choose a CSV file to upload.
error-import-too-large = This file is larger than 2 MB.
error-import-encoding = This file is not text that Offerline can read. Save it again as CSV from your spreadsheet and upload it.
error-import-not-csv = This file cannot be read as CSV.
error-import-empty = This file has no rows under its header row.
error-import-too-many-rows = This file has more than 2,000 rows. Split it and import the parts one by one.
error-import-too-many-columns = This file has more than 100 columns, so it is not a list of applications. Export the applications alone and try again.
error-import-mapping-invalid = The columns changed. Check the mapping again.
error-import-field-twice = Two columns fill the same field. Leave one of them out.
error-import-title-unmapped = Choose the column that holds the job title.
error-import-no-stages = This board has no stages yet. Add one first.
error-import-running = This file is being imported right now. Wait a moment, then open the board.
import-dates-title = Dates
import-dates-detected = From the dates in this file, { $order ->
    [month-first] the month comes first.
   *[day-first] the day comes first.
}
import-dates-example = For example, { $cell } is read as { $date }.
import-date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
import-dates-order = In dates written with numbers
import-dates-day-first = The day comes first, as in 31/12/2026
import-dates-month-first = The month comes first, as in 12/31/2026
import-statuses-title = Statuses
import-statuses-lede = The rows of each status go to the stage chosen next to it: at first, the stage of the same name or meaning, else the board's first stage.
import-status = Status in the file
import-status-count = Rows
import-status-stage = Goes to
import-status-none = (No status)
import-status-rows = { $rows ->
    [one] one row
   *[other] { $rows } rows
}
import-statuses-unlisted = { $count ->
    [one] One other status is not listed: its rows go to the stage of the same name or meaning, else to the board's first stage.
   *[other] { $count } other statuses are not listed: their rows go to the stage of the same name or meaning, else to the board's first stage.
}
import-stopped-title = The import stopped part way
import-stopped = An import of this file stopped after { $done } of { $rows } rows; { $imported ->
    [one] one application was imported.
   *[other] { $imported } applications were imported.
} Importing again goes on from the next row, with the choices it started with.
import-resume = Import the rest
error-import-date-order = Choose whether the day or the month comes first in the dates.
error-import-stage-unknown = A stage chosen for a status is not on this board (it may have been deleted). Choose the stages again.
error-import-statuses-changed = The statuses changed. Check the mapping again.
