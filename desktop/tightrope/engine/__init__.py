"""The recommender: evidence rows, the community index, ranking, wording and counterfactuals."""
