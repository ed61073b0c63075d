## privacy
