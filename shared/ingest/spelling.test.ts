// "Did you mean": the nearest name to a misspelt or shortened one, and none when the guess would be a coin toss.
import { describe, expect, it } from 'vitest';
import { nearestName } from './spelling';

const levels = ['Awareness', 'Working', 'Practitioner', 'Expert'];

describe('nearestName', () => {
  it('finds the name a typo or an abbreviation meant', () => {
    expect(nearestName('Practioner', levels)).toBe('Practitioner');
    expect(nearestName('practicioner', levels)).toBe('Practitioner');
    expect(nearestName('Expret', levels)).toBe('Expert');
    expect(nearestName('Awarness ', levels)).toBe('Awareness');
    expect(nearestName('Prac.', levels)).toBe('Practitioner');
  });

  it('says nothing for words too far from every name, too short to guess, or near two names', () => {
    expect(nearestName('Guru', levels)).toBeUndefined();
    expect(nearestName('Ex', levels)).toBeUndefined();
    expect(nearestName('Int', ['Intermediate', 'Introductory'])).toBeUndefined();
    expect(nearestName('Expert', levels)).toBeUndefined();
  });
});
