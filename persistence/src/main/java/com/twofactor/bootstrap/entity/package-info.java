/**
 * What the database remembers about the installation itself: the fingerprints of the keys it was
 * first used with, so every node of a cluster can check that it holds the same keys.
 */
package com.twofactor.bootstrap.entity;
