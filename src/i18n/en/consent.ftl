## consent
