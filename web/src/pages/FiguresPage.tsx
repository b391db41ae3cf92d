export { FiguresPage } from '../modules/figures/FiguresPage';
