/**
 * The decision: the five information paths, each path's evaluator (pure rules over facts the
 * application layer gathers), and the policy that turns path results, hard stops, score and unit
 * economics into APPROVE / DECLINE / REFER with the deciding rule. No AVAILABLE path never
 * approves.
 */
package com.microcredit.origination.domain.decision;
