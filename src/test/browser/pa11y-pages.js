// Runs pa11y with the HTML_CodeSniffer runner on every address given, in one Chromium (pa11y's command starts one per
// address), and prints the errors found per address as JSON. Node finds pa11y and puppeteer in target/checkers
// (NODE_PATH, set by Checkers.java). Arguments: a pa11y configuration file (JSON), then the addresses.
const fs = require('fs');
const pa11y = require('pa11y');
const puppeteer = require('puppeteer');

(async () => {
    const [configFile, ...urls] = process.argv.slice(2);
    const options = JSON.parse(fs.readFileSync(configFile, 'utf8'));
    const browser = await puppeteer.launch(options.chromeLaunchConfig);
    const errors = {};
    try {
        for (const url of urls) {
            const result = await pa11y(url, {...options, browser, runners: ['htmlcs']});
            errors[url] = result.issues.filter(issue => issue.type === 'error')
                .map(issue => `${issue.selector}: ${issue.code} ${issue.message}`);
        }
    } finally {
        await browser.close();
    }
    process.stdout.write(JSON.stringify(errors));
})().catch(error => {
    console.error(error);
    process.exit(1);
});
