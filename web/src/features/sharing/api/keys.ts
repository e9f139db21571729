import type { ShareTargetRef } from '../types';

/** Query keys of sharing; every list of shares sits under `sharesKey`. */
export const sharesKey = ['shares'] as const;
export const targetParam = (target: ShareTargetRef) => `${target.type}:${target.id}`;
