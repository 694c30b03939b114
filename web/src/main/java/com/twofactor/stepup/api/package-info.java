/** {@code POST /api/v1/me/step-up}: proving it is you before changing a second factor. */
package com.twofactor.stepup.api;
