/**
 * The second step of a login as stored state: what it asks for (setup prompt, required setup or a
 * challenge, and by which methods), how it stands, when it expires. In the database so that any
 * node of a cluster can finish a login another node started.
 */
package com.twofactor.login.entity;
