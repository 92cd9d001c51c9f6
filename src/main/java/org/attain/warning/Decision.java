package org.attain.warning;

/** What a warning asks to decide: go on (继续执行), reallocate the funds (调剂), or cancel the project (取消). */
public enum Decision {
    CONTINUE,
    REALLOCATE,
    CANCEL
}
