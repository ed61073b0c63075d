### Profile: personal details, experience, education, skills, career (English).

settings-profile = Profile
profile-lede = Everything here is yours to correct at any time. Only you can see it.
profile-save = Save
profile-delete = Delete
profile-edit = Edit
profile-present = present
profile-none-yet = Nothing added yet.
notice-profile-saved = Your profile was saved.

## Personal details
profile-personal-title = Personal details
profile-email-note = Your email address is changed on the Account tab, with a confirmation link.
profile-email-change = Change email address
field-phone = Phone number
profile-phone-hint = With the country code (+32 …), or a national number of the country below.
field-city = City
field-region = Region or province
field-country = Country
profile-country-none = Not set
field-time-zone = Time zone
profile-time-zone-hint = Start typing to search, for example Europe/Brussels.
field-locale = Language of the interface
profile-locale-none = As chosen at the bottom of the page

## Work experience
profile-experience-title = Work experience
profile-experience-add = Add a job
field-job-title = Job title
field-company = Company
field-start-month = Start (YYYY-MM)
field-end-month = End (YYYY-MM)
field-current-job = I work here now
field-description = Description

## Education
profile-education-title = Education
profile-education-add = Add education
field-school = School
field-degree = Degree
field-study-field = Field of study
field-end-month-optional = End (YYYY-MM, empty while studying)

## Skills
profile-skills-title = Skills
field-skill = Skill
profile-skill-add = Add skill
profile-skill-remove = Remove { $name }

## Career preferences
profile-career-title = Career preferences
field-desired-titles = Desired job titles
field-desired-locations = Desired locations
profile-list-hint = Separate with commas, at most 10.
profile-work-modes = Ways of working
work-mode-remote = Remote
work-mode-hybrid = Hybrid
work-mode-on-site = On site
profile-job-types = Job types
job-type-full-time = Full-time
job-type-part-time = Part-time
job-type-contract = Contract
job-type-internship = Internship
job-type-freelance = Freelance
field-salary-min = Minimum salary
field-salary-max = Maximum salary
field-salary-currency = Currency
field-salary-period = Per
profile-salary-none = Not set
salary-period-hour = hour
salary-period-day = day
salary-period-month = month
salary-period-year = year
field-notice-weeks = Notice period (weeks)

## Errors
error-too-long = Use at most { $max } characters.
error-text-invalid = Remove the control characters.
error-month-invalid = Use a month written as YYYY-MM, for example 2024-03.
error-end-before-start = The end cannot come before the start.
error-end-or-current = Give an end month, or tick that you work here now.
error-country-unknown = Choose a country from the list.
error-time-zone-unknown = Choose a time zone from the list.
error-phone-invalid = This is not a valid phone number. Add the country code, or choose your country.
error-currency-unknown = Choose a currency code such as EUR or USD.
error-number-invalid = Enter a whole number in the allowed range.
error-salary-range = The maximum cannot be lower than the minimum.
error-too-many = There are too many entries here.
error-skill-exists = You already have this skill.
