package vn.r57.render.output;

import java.util.List;
import vn.r57.render.model.RenderModel;

/** A family of published objects derived from the model: the open data files, the HTML pages, the charts. */
public interface OutputSet {

    List<Output> outputs(RenderModel model);
}
