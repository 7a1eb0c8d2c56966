package org.conflictkg.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.VariableNotBoundException;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionEnvBase;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * TDB2's query executor with a faster ORDER BY. The engine's own sort evaluates every sort key
 * afresh at each comparison: it decodes the row's values from the database again and, for a date,
 * parses its text again, some 20 times per row on 20,000 rows. Here each row is read once into
 * plain values, each key is evaluated once per row, and the rows are sorted by those keys. The
 * order is the engine's: the same comparison of keys (unbound first, DESC reversed), and rows
 * whose keys tie ordered by the engine's comparison of their whole bindings. ORDER BY with LIMIT
 * is left to the engine, which keeps only the top rows.
 */
class KeyedSortExecutor extends OpExecutorTDB2 {
    /** The factory to set in a dataset's context ({@code QC.setFactory}). */
    static final OpExecutorFactory FACTORY = KeyedSortExecutor::new;

    KeyedSortExecutor(ExecutionContext execCxt) {
        super(execCxt);
    }

    @Override
    protected QueryIterator execute(OpOrder opOrder, QueryIterator input) {
        QueryIterator rows = exec(opOrder.getSubOp(), input);
        return QueryIterPlainWrapper.create(sort(rows, opOrder.getConditions(), execCxt).iterator(), execCxt);
    }

    private record Row(Binding binding, NodeValue[] keys) { }

    /** Reads all rows, closing the input, and returns them in the order of the conditions. */
    static List<Binding> sort(QueryIterator input, List<SortCondition> conditions, ExecutionContext execCxt) {
        FunctionEnv env = new FunctionEnvBase(execCxt);
        List<Row> rows = new ArrayList<>();
        try {
            while (input.hasNext()) {
                Binding b = plain(input.nextBinding());
                NodeValue[] keys = new NodeValue[conditions.size()];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = key(conditions.get(i), b, env);
                }
                rows.add(new Row(b, keys));
            }
        } finally {
            input.close();
        }
        int[] directions = conditions.stream().mapToInt(c -> c.getDirection()).toArray();
        Comparator<Row> order = (a, b) -> {
            for (int i = 0; i < directions.length; i++) {
                int c = BindingComparator.compareNodesRaw(a.keys[i], b.keys[i]);
                if (c != 0) {
                    return directions[i] == Query.ORDER_DESCENDING ? -c : c;
                }
            }
            return BindingComparator.compareBindingsSyntactic(a.binding, b.binding);
        };
        rows.sort(order);
        List<Binding> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(r.binding);
        }
        return out;
    }

    /** A key that cannot be evaluated (unbound, or an error) is null and sorts first, as in the engine. */
    private static NodeValue key(SortCondition condition, Binding b, FunctionEnv env) {
        try {
            return condition.getExpression().eval(b, env);
        } catch (VariableNotBoundException e) {
            return null;
        } catch (ExprEvalException e) {
            return null;
        }
    }

    /** The row with its values read from the database once, instead of at each look-up. */
    private static Binding plain(Binding b) {
        BindingBuilder builder = Binding.builder();
        for (Iterator<Var> vars = b.vars(); vars.hasNext(); ) {
            Var v = vars.next();
            builder.add(v, b.get(v));
        }
        return builder.build();
    }
}
