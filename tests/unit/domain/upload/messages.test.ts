import { describe, expect, it } from 'vitest';
import { uploadIssue, uploadMessage } from '../../../../src/domain/upload/messages';

describe('upload messages in English', () => {
  it('quotes the missing-value markers the English way', () => {
    const issue = uploadIssue('missing-markers', { column: 'rsa', count: 3, markers: '« s », « nd »' });
    expect(issue.message).toContain('« s », « nd »');
    expect(uploadMessage(issue, 'en')).toBe('Column rsa: 3 cell(s) marked “s”, “nd” read as missing values.');
  });
});
