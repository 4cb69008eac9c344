/** The page's entry: the stylesheets and the root element (which starts everything else). */
import '../worker/zodWithoutEval.js';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/print.css';
import './app-root.js';
