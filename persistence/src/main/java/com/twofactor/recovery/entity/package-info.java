/**
 * What the database keeps of recovery codes: one row per single-use code, holding a keyed hash of
 * the code, never the code itself, and when it was used.
 */
package com.twofactor.recovery.entity;
