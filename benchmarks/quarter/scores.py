"""The reference for `survey360 scores`: what an analyst would write with
pandas for the same answers.

Reads the ratings the product imported (rater_id, ratee_id, item_id,
value, with NA for "cannot judge"), the assignments (which group each
pair rates in) and the people (their departments), then computes, as the
product does before its confidentiality rules: for every person rated, the
mean, standard deviation and number of raters of each item in each rater
group and over all groups but self, and for every department the mean of
each item over its people's answers.

    python scores.py RATINGS.csv ASSIGNMENTS.csv PEOPLE.csv

Prints the number of rows of each result, so that the work cannot be
skipped.
"""

import sys

import pandas as pd


def main(ratings_path: str, assignments_path: str, people_path: str) -> None:
    ratings = pd.read_csv(
        ratings_path,
        dtype={"rater_id": "string", "ratee_id": "string", "item_id": "string"},
        na_values=["NA"],
        keep_default_na=False,
    )
    assignments = pd.read_csv(
        assignments_path, usecols=["rater_id", "ratee_id", "group"], dtype="string", keep_default_na=False
    )
    people = pd.read_csv(people_path, usecols=["id", "department_id"], dtype="string", keep_default_na=False)

    answers = ratings.merge(assignments, on=["rater_id", "ratee_id"], how="inner")
    by_group = answers.groupby(["ratee_id", "group", "item_id"], observed=True)["value"].agg(
        ["mean", "std", "count"]
    )
    others = answers[answers["group"] != "self"]
    by_item = others.groupby(["ratee_id", "item_id"], observed=True)["value"].agg(["mean", "std", "count"])
    departments = others.merge(people, left_on="ratee_id", right_on="id", how="inner")
    by_department = departments.groupby(["department_id", "item_id"], observed=True)["value"].agg(
        ["mean", "count"]
    )
    print(
        f"{len(ratings)} ratings; {len(by_group)} person-group-item, {len(by_item)} person-item, "
        f"{len(by_department)} department-item figures"
    )


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: python scores.py RATINGS.csv ASSIGNMENTS.csv PEOPLE.csv")
    main(*sys.argv[1:])
