#!/usr/bin/env python3
"""End-to-end test of a rater's questionnaire in a real browser (headless Chromium).

Started by the Swift test `BrowserFlowTests`, which runs the real server on a
loopback port with a SQLite database and passes the rater's link. The script:
opens the link, answers some items (autosaved by the page's script), closes the
browser halfway, comes back in a new browser to find the draft, submits, checks
the questionnaire is read-only, then signs in as the administrator and checks
the HR page: its totals (--assigned ...), or, for a campaign of fewer than five
raters, that it shows no counts at all and lists the rater among those still to
finish (--no-counts --pending NAME). Screenshots go to --artifacts; exit status 0 means pass.
"""
import argparse
import os
import sys
import time

try:
    from selenium import webdriver
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    sys.exit("selenium is missing from the virtual environment: run scripts/install-dependencies")


def browser(width, height):
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={width},{height}", "--lang=zh-CN", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
    binary = os.environ.get("CHROMIUM_BINARY", "/usr/bin/chromium")
    if os.path.exists(binary):
        options.binary_location = binary
    driver_path = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.set_page_load_timeout(30)
    return driver


class Flow:
    def __init__(self, base_url, link, artifacts, admin_password, expected):
        self.base_url = base_url.rstrip("/")
        self.link = link
        self.artifacts = artifacts
        self.admin_password = admin_password
        self.expected = expected
        self.driver = None
        self.shots = 0

    def shot(self, name):
        self.shots += 1
        path = os.path.join(self.artifacts, f"{self.shots:02d}-{name}.png")
        # Full page: size the window to the document's height first.
        self.driver.set_window_size(self.driver.execute_script("return window.outerWidth"), 700)
        height = self.driver.execute_script("return document.documentElement.scrollHeight")
        width = self.driver.execute_script("return window.innerWidth")
        self.driver.set_window_size(max(width, 360), min(max(height + 120, 600), 6000))
        self.driver.save_screenshot(path)
        print(f"screenshot: {path}")

    def check(self, condition, message):
        if not condition:
            if self.driver:
                self.shot("failure")
            raise AssertionError(message)

    def wait(self, predicate, message, timeout=10):
        try:
            WebDriverWait(self.driver, timeout).until(lambda driver: predicate())
        except TimeoutException:
            self.check(False, message)

    def radio(self, item, value):
        return self.driver.find_element(By.CSS_SELECTOR, f"input[name='item.{item}'][value='{value}']")

    def answer(self, item, value):
        # Click the label, as a person does (the input is inside it).
        self.radio(item, value).find_element(By.XPATH, "..").click()

    def run(self):
        # 1. A phone-sized browser opens the link and sees the questionnaires.
        self.driver = browser(412, 915)
        self.driver.get(self.base_url + self.link)
        self.check(self.driver.find_element(By.TAG_NAME, "h1").text in ("您的问卷", "您的問卷", "Your questionnaires"),
                   "the rater's list has no heading")
        entries = self.driver.find_elements(By.CSS_SELECTOR, "ul.questionnaires li")
        self.check(len(entries) == self.expected["questionnaires"],
                   f"expected {self.expected['questionnaires']} questionnaires, found {len(entries)}")
        self.shot("rater-list")

        # 2. Answers two items and a comment; the page's script saves them.
        entries[0].find_element(By.TAG_NAME, "a").click()
        self.wait(lambda: self.driver.find_elements(By.CSS_SELECTOR, "form.questionnaire-form"), "no questionnaire form")
        # The items as the page lists them: whatever questionnaire the
        # campaign uses, the first is rated 4, the second "cannot judge",
        # and the rest 5 after the break.
        names = [element.get_attribute("name") for element in
                 self.driver.find_elements(By.CSS_SELECTOR, "input[type='radio'][name^='item.']")]
        items = list(dict.fromkeys(name[len("item."):] for name in names))
        self.check(len(items) >= 3, f"expected at least 3 items, found {len(items)}")
        first, second, rest = items[0], items[1], items[2:]
        self.answer(first, "4")
        self.wait(lambda: self.driver.find_element(By.CSS_SELECTOR, "form").get_attribute("data-last-save") == "ok",
                  "the first answer was not autosaved", timeout=30)
        self.answer(second, "NA")
        self.wait(lambda: self.driver.find_element(By.CSS_SELECTOR, "form").get_attribute("data-last-save") == "ok",
                  "the second answer was not autosaved", timeout=30)
        comment = self.driver.find_element(By.ID, "comment-1")
        comment.send_keys("交接清楚，提前通知")
        self.driver.find_element(By.TAG_NAME, "h1").click()  # leave the field: a change event
        time.sleep(1.5)
        self.wait(lambda: self.driver.find_element(By.CSS_SELECTOR, "form").get_attribute("data-last-save") == "ok",
                  "the comment was not autosaved", timeout=30)
        status = self.driver.find_element(By.ID, "autosave-status").text
        self.check(status != "", "the autosave status is empty")
        self.shot("questionnaire-halfway")

        # 3. Closes the browser halfway, comes back in a new one: the draft is there.
        self.driver.quit()
        self.driver = browser(412, 915)
        self.driver.get(self.base_url + self.link + "/1")
        self.check(self.radio(first, "4").is_selected(), f"the draft lost item {first}")
        self.check(self.radio(second, "NA").is_selected(), f"the draft lost 'cannot judge' on item {second}")
        self.check(self.driver.find_element(By.ID, "comment-1").get_attribute("value") == "交接清楚，提前通知",
                   "the draft lost the comment")
        self.shot("questionnaire-draft-restored")

        # 4. Answers the rest and submits: read-only afterwards.
        for item in rest:
            self.answer(item, "5")
        self.driver.find_element(By.CSS_SELECTOR, "button[value='submit']").click()
        self.wait(lambda: self.driver.find_elements(By.CSS_SELECTOR, "p.done"), "no confirmation after submitting")
        self.check(not self.driver.find_elements(By.CSS_SELECTOR, "button[value='submit']"),
                   "the submitted questionnaire can still be submitted")
        self.check(not self.radio(rest[-1], "5").is_enabled() and self.radio(rest[-1], "5").is_selected(),
                   "the submitted questionnaire is not read-only")
        self.shot("questionnaire-submitted")
        self.driver.get(self.base_url + self.link)
        self.shot("rater-list-after")
        self.driver.quit()

        # 5. HR signs in and sees the counts.
        self.driver = browser(1280, 900)
        self.driver.get(self.base_url + "/signin")
        self.shot("signin")
        self.driver.find_element(By.ID, "user").send_keys("admin")
        self.driver.find_element(By.ID, "password").send_keys(self.admin_password)
        self.driver.find_element(By.CSS_SELECTOR, "form.signin button").click()
        self.wait(lambda: self.driver.current_url.endswith("/hr"), "signing in did not lead to /hr")
        self.driver.find_element(By.CSS_SELECTOR, "ul.campaigns a").click()
        self.wait(lambda: "/hr/campaigns/" in self.driver.current_url, "no campaign page")
        total = [cell.text for cell in self.driver.find_elements(By.CSS_SELECTOR, "table.counts tfoot td")][:4]
        if self.expected["no_counts"]:
            self.check(total == [], f"HR sees counts {total} of fewer than five raters")
        else:
            expected = [str(self.expected[key]) for key in ("assigned", "submitted", "drafts", "not_started")]
            self.check(total == expected, f"HR totals {total}, expected {expected}")
        if self.expected["pending"]:
            names = [cell.text for cell in self.driver.find_elements(By.CSS_SELECTOR, "table.pending tbody td")]
            self.check(self.expected["pending"] in names,
                       f"{self.expected['pending']} is not among the raters still to finish: {names}")
        self.shot("hr-progress")
        self.driver.quit()
        self.driver = None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--link", required=True, help="the rater's link path, /r/<token>")
    parser.add_argument("--admin-password", required=True)
    parser.add_argument("--artifacts", required=True)
    parser.add_argument("--questionnaires", type=int, required=True)
    parser.add_argument("--assigned", type=int)
    parser.add_argument("--submitted", type=int)
    parser.add_argument("--drafts", type=int)
    parser.add_argument("--not-started", type=int)
    parser.add_argument("--no-counts", action="store_true", help="HR's page must show no counts")
    parser.add_argument("--pending", help="a rater's name HR's page lists as still to finish")
    arguments = parser.parse_args()
    totals = [arguments.assigned, arguments.submitted, arguments.drafts, arguments.not_started]
    if arguments.no_counts == any(value is not None for value in totals) or \
            (not arguments.no_counts and None in totals):
        parser.error("give either --no-counts or all of --assigned, --submitted, --drafts and --not-started")
    os.makedirs(arguments.artifacts, exist_ok=True)
    for old in os.listdir(arguments.artifacts):
        if old.endswith(".png"):
            os.remove(os.path.join(arguments.artifacts, old))
    print(f"screenshots in {arguments.artifacts}")
    expected = {key: getattr(arguments, key)
                for key in ("questionnaires", "assigned", "submitted", "drafts", "not_started", "no_counts",
                            "pending")}
    flow = Flow(arguments.base_url, arguments.link, arguments.artifacts, arguments.admin_password, expected)
    try:
        flow.run()
    except Exception as error:  # report any failure as a test failure, with its message
        print(f"FAILED: {error}", file=sys.stderr)
        if flow.driver:
            flow.driver.quit()
        return 1
    print("PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
