import { expect, openPhoneNumbers, saveScreenshot, test } from './support/app.ts';

test('a spent hourly budget is a pause with the clock time, never a failure, and the grid completes by itself', async ({
  app,
}) => {
  test.setTimeout(150_000);
  const { page } = app;
  const rowCount = page.getByLabel('Row count');
  const status = page.getByRole('contentinfo', { name: 'Status' });
  await openPhoneNumbers(page);
  await expect(rowCount).toHaveText('3,000 rows');

  // the same tenant now has 12,000 numbers and a budget of 15 requests per 20-second "hour"
  await app.restart({ demoPhoneNumbers: 12_000, demoHourLimit: 15, demoHourMs: 20_000 });
  await openPhoneNumbers(page);
  await expect(status.getByLabel('Rate limit')).toHaveText(
    /^Hourly limit reached — continuing at \d{1,2}:\d\d( [AP]M)? \(in \d+ (s|min)\)$/,
    { timeout: 60_000 },
  );
  await expect(page.getByText(/Refresh paused: Hourly limit reached — continuing at \d{1,2}:\d\d/)).toBeVisible({
    timeout: 30_000,
  });
  await saveScreenshot(page, 'budget-paused');
  await expect(page.getByText(/Refresh failed/)).toHaveCount(0);
  await expect(page.getByText(/rate limit was reached/i)).toHaveCount(0);

  await expect(rowCount).toHaveText('12,000 rows', { timeout: 90_000 });
  await expect(page.getByText(/Refresh paused/)).toHaveCount(0);
  // the listing may have spent the window again by the time it completes: the status says so, or shows the budget
  await expect(status.getByLabel('Rate limit')).toHaveText(
    /^(1h \d+\/15.*|Hourly limit reached — continuing at \d{1,2}:\d\d( [AP]M)? \(in \d+ (s|min)\))$/,
  );
});
