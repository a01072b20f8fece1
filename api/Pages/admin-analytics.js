// The merchant dashboard's analytics view.
