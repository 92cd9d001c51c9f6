/**
 * What several Attain servers behind one load balancer share through the database instead of memory: the lock that
 * lets one server at a time do the start-up work, the lock that lets one server run each scheduled job (ShedLock),
 * and the node name that keeps a browser on the server holding its session.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.cluster;

import org.jspecify.annotations.NullMarked;
