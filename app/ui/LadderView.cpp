#include "LadderView.h"

#include "Output.h"

#include "core/Vocabulary.h"

#include <QApplication>

#include <QEvent>
#include <QHelpEvent>
#include <QImage>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <algorithm>

namespace sipref {

namespace {

QString clockText(double seconds) {
  return CallFlowWriter::timeText(seconds).mid(11); // "12:00:01.104"
}

QColor stepColor(const FlowStep &s, const QPalette &palette, bool paper) {
  if (s.m.isRequest())
    return paper ? QColor(Qt::black) : palette.color(QPalette::Text);
  return QColor(Vocabulary::classColor(EntryRef{Registry::Sip, s.m.statusCode}, s.m.statusCode / 100));
}

} // namespace

LadderView::LadderView(QWidget *parent) : QAbstractScrollArea(parent) {
  setObjectName(QStringLiteral("ladderView"));
  setFocusPolicy(Qt::StrongFocus);
  viewport()->setBackgroundRole(QPalette::Base);
  viewport()->setAutoFillBackground(true);
  verticalScrollBar()->setSingleStep(20);
  horizontalScrollBar()->setSingleStep(20);
}

QString LadderView::retransmissionNote() {
  return tr("Retransmission of an earlier message");
}

void LadderView::setFlow(const CallFlow &flow) {
  m_flow = flow;
  m_current = -1;
  verticalScrollBar()->setValue(0);
  horizontalScrollBar()->setValue(0);
  updateScrollBars();
  viewport()->update();
  if (!m_flow.steps().isEmpty())
    setCurrentStep(m_flow.finalStep() >= 0 ? m_flow.finalStep() : 0);
}

void LadderView::setPlaceholderText(const QString &text) {
  m_placeholder = text;
  viewport()->update();
}

void LadderView::clear() {
  setFlow(CallFlow());
}

void LadderView::setCurrentStep(int step) {
  if (step < 0 || step >= m_flow.steps().size() || step == m_current)
    return;
  m_current = step;
  ensureVisible(step);
  viewport()->update();
  emit stepSelected(step);
}

LadderView::Metrics LadderView::metrics() const {
  const QFontMetrics fm(font());
  Metrics m;
  m.margin = fm.averageCharWidth() * 2;
  const bool timed = std::any_of(m_flow.steps().begin(), m_flow.steps().end(),
                                 [](const FlowStep &s) { return s.time >= 0; });
  m.timeWidth = timed ? fm.horizontalAdvance(QStringLiteral("00:00:00.000")) + m.margin : 0;
  int widest = fm.averageCharWidth() * 22;
  QFont bold = font();
  bold.setBold(true); // addresses are drawn in bold
  const QFontMetrics boldMetrics(bold);
  for (const FlowParticipant &p : m_flow.participants())
    widest = qMax(widest, qMin(boldMetrics.horizontalAdvance(p.address) + 16, fm.averageCharWidth() * 40));
  for (const FlowStep &s : m_flow.steps())
    widest = qMax(widest, qMin(fm.horizontalAdvance(CallFlowWriter::stepLabel(s)) + fm.averageCharWidth() * 4,
                               fm.averageCharWidth() * 40));
  m.column = widest + m.margin * 2;
  // On screen the columns share the view's width (down to 15 characters;
  // longer labels are cut and shown whole in the tooltip and the message
  // pane); exported drawings keep their natural width.
  if (!m_paper && !m_flow.participants().isEmpty()) {
    const int available =
        (viewport()->width() - m.margin * 2 - m.timeWidth) / int(m_flow.participants().size());
    m.column = qBound(fm.averageCharWidth() * 15, available, m.column);
  }
  m.header = fm.height() * 2 + fm.height() / 2 + 8;
  m.row = fm.height() * 2 + 4;
  return m;
}

QSize LadderView::drawingSize() const {
  const Metrics m = metrics();
  const int columns = qMax<int>(1, int(m_flow.participants().size()));
  return {m.margin * 2 + m.timeWidth + columns * m.column,
          m.header + int(m_flow.steps().size()) * m.row + m.row / 2};
}

void LadderView::updateScrollBars() {
  const QSize size = drawingSize();
  const QSize view = viewport()->size();
  verticalScrollBar()->setRange(0, qMax(0, size.height() - view.height()));
  verticalScrollBar()->setPageStep(qMax(1, view.height() - metrics().header));
  horizontalScrollBar()->setRange(0, qMax(0, size.width() - view.width()));
  horizontalScrollBar()->setPageStep(view.width());
}

void LadderView::ensureVisible(int step) {
  const Metrics m = metrics();
  const int top = step * m.row; // below the fixed header
  const int visible = viewport()->height() - m.header;
  QScrollBar *v = verticalScrollBar();
  if (top < v->value())
    v->setValue(top);
  else if (top + m.row > v->value() + visible)
    v->setValue(top + m.row - visible);
}

QRect LadderView::stepRect(int step) const {
  const Metrics m = metrics();
  return QRect(-horizontalScrollBar()->value(), m.header + step * m.row - verticalScrollBar()->value(),
               drawingSize().width(), m.row);
}

QRect LadderView::labelRect(int step) const {
  if (step < 0 || step >= m_flow.steps().size())
    return {};
  const Metrics m = metrics();
  const FlowStep &s = m_flow.steps().at(step);
  const QFontMetrics fm(font());
  const int x0 = m.margin + m.timeWidth + m.column / 2 + s.from * m.column;
  const int x1 = m.margin + m.timeWidth + m.column / 2 + s.to * m.column;
  const int width = fm.horizontalAdvance(CallFlowWriter::stepLabel(s)) + 8;
  const int centre = x0 == x1 ? x0 + m.column / 4 : (x0 + x1) / 2;
  const QRect r(centre - width / 2, m.header + step * m.row + 2, width, fm.height());
  return r.translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
}

void LadderView::paintHeader(QPainter &p, const Metrics &m, bool paper) const {
  const QPalette pal = palette();
  p.fillRect(QRect(0, 0, drawingSize().width() + width(), m.header),
             paper ? QColor(Qt::white) : pal.color(QPalette::Window));
  const QFontMetrics fm(font());
  QFont bold = font();
  bold.setBold(true);
  for (int i = 0; i < m_flow.participants().size(); ++i) {
    const FlowParticipant &fp = m_flow.participants().at(i);
    const int x = m.margin + m.timeWidth + m.column / 2 + i * m.column;
    const QRect box(x - m.column / 2 + 4, 4, m.column - 8, m.header - 8);
    p.setPen(paper ? QColor(0x99, 0x99, 0x99) : pal.color(QPalette::Mid));
    p.setBrush(paper ? QColor(0xf2, 0xf4, 0xf7) : pal.color(QPalette::Base));
    p.drawRoundedRect(box, 4, 4);
    p.setFont(bold);
    p.setPen(paper ? QColor(Qt::black) : pal.color(QPalette::Text));
    p.drawText(box.adjusted(4, 2, -4, -box.height() / 2), Qt::AlignHCenter | Qt::AlignBottom,
               QFontMetrics(bold).elidedText(fp.address, Qt::ElideMiddle, box.width() - 8));
    p.setFont(font());
    p.setPen(paper ? QColor(0x55, 0x55, 0x55) : pal.color(QPalette::PlaceholderText));
    p.drawText(box.adjusted(4, box.height() / 2, -4, -2), Qt::AlignHCenter | Qt::AlignTop,
               fm.elidedText(fp.agent, Qt::ElideRight, box.width() - 8));
  }
}

void LadderView::paintRows(QPainter &p, const Metrics &m, int first, int last, bool paper) const {
  const QPalette pal = palette();
  const QFontMetrics fm(font());
  QFont small = font();
  small.setPointSizeF(font().pointSizeF() > 0 ? font().pointSizeF() * 0.85 : 8);
  const QColor grey = paper ? QColor(0x66, 0x66, 0x66) : pal.color(QPalette::PlaceholderText);
  const int bottom = m.header + int(m_flow.steps().size()) * m.row + m.row / 2;
  // Life lines.
  p.setPen(QPen(paper ? QColor(0xbb, 0xbb, 0xbb) : pal.color(QPalette::Mid), 1));
  for (int i = 0; i < m_flow.participants().size(); ++i) {
    const int x = m.margin + m.timeWidth + m.column / 2 + i * m.column;
    p.drawLine(x, m.header, x, bottom);
  }
  for (int i = qMax(0, first); i <= last && i < m_flow.steps().size(); ++i) {
    const FlowStep &s = m_flow.steps().at(i);
    const int top = m.header + i * m.row;
    if (i == m_current && !paper) {
      QColor h = pal.color(QPalette::Highlight);
      h.setAlpha(50);
      p.fillRect(QRect(0, top, drawingSize().width(), m.row), h);
    }
    // Time and gap.
    p.setFont(font());
    p.setPen(paper ? QColor(Qt::black) : pal.color(QPalette::Text));
    if (s.time >= 0)
      p.drawText(QRect(m.margin, top + 2, m.timeWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                 clockText(s.time));
    if (s.gap >= 0) {
      p.setFont(small);
      p.setPen(grey);
      p.drawText(QRect(m.margin, top + 2 + fm.height(), m.timeWidth, fm.height()),
                 Qt::AlignLeft | Qt::AlignVCenter, u'+' + CallFlowWriter::durationText(s.gap));
      p.setFont(font());
    }
    // The arrow.
    const QColor colour = stepColor(s, pal, paper);
    const int x0 = m.margin + m.timeWidth + m.column / 2 + s.from * m.column;
    const int x1 = m.margin + m.timeWidth + m.column / 2 + s.to * m.column;
    const int y = top + fm.height() + 6;
    QPen pen(colour, s.m.isResponse() && s.m.statusCode >= 300 ? 2 : 1.4);
    if (s.retransmission)
      pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    p.setRenderHint(QPainter::Antialiasing, true);
    const int head = fm.height() / 3 + 2;
    if (x0 == x1) {
      QPainterPath loop;
      loop.moveTo(x0, y - 4);
      loop.lineTo(x0 + m.column / 4, y - 4);
      loop.lineTo(x0 + m.column / 4, y + 4);
      loop.lineTo(x0, y + 4);
      p.drawPath(loop);
    } else {
      p.drawLine(x0, y, x1, y);
      const int dir = x1 > x0 ? -1 : 1;
      QPolygon arrowHead;
      arrowHead << QPoint(x1, y) << QPoint(x1 + dir * head, y - head / 2)
                << QPoint(x1 + dir * head, y + head / 2);
      p.setBrush(colour);
      p.setPen(QPen(colour, 1));
      p.drawPolygon(arrowHead);
      p.setBrush(Qt::NoBrush);
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    // The label, above the arrow.
    QString label = CallFlowWriter::stepLabel(s);
    if (s.retransmission)
      label += QStringLiteral(" ↻");
    QFont labelFont = font();
    labelFont.setBold(s.m.isResponse() && s.m.statusCode >= 300);
    labelFont.setItalic(s.retransmission);
    p.setFont(labelFont);
    p.setPen(colour);
    const int centre = x0 == x1 ? x0 + m.column / 4 : (x0 + x1) / 2;
    const int width = qMax(qAbs(x1 - x0) - 8, m.column / 2);
    p.drawText(QRect(centre - width / 2, top + 2, width, fm.height()), Qt::AlignCenter,
               QFontMetrics(labelFont).elidedText(label, Qt::ElideRight, width));
  }
  p.setFont(font());
}

void LadderView::render(QPainter &painter) const {
  m_paper = true;
  const Metrics m = metrics();
  painter.save();
  painter.setFont(font());
  painter.fillRect(QRect(QPoint(0, 0), drawingSize()), Qt::white);
  paintRows(painter, m, 0, int(m_flow.steps().size()) - 1, true);
  paintHeader(painter, m, true);
  painter.restore();
  m_paper = false;
}

bool LadderView::exportPng(const QString &path, QString *error) const {
  m_paper = true;
  const QSize size = drawingSize();
  m_paper = false;
  QImage image(size, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::white);
  {
    QPainter p(&image);
    render(p);
  }
  if (!image.save(path, "PNG")) {
    if (error)
      *error = tr("Cannot write %1.").arg(path);
    return false;
  }
  return true;
}

bool LadderView::exportSvg(const QString &path, const QString &title, QString *error) const {
  const OutputFunctions *output = output::functions(error);
  if (!output)
    return false;
  m_paper = true;
  const QSize size = drawingSize();
  m_paper = false;
  return output->writeSvg(path, size, title, tr("Call flow exported by SipRef"),
                          [this](QPainter &p) { render(p); }, error);
}

void LadderView::paintEvent(QPaintEvent *) {
  QPainter p(viewport());
  if (m_flow.steps().isEmpty()) {
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(viewport()->rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
               m_placeholder.isEmpty() ? tr("Pick a call to see its flow.") : m_placeholder);
    return;
  }
  const Metrics m = metrics();
  const int dx = horizontalScrollBar()->value();
  const int dy = verticalScrollBar()->value();
  const int first = qMax(0, dy / m.row - 1);
  const int last = (dy + viewport()->height()) / m.row + 1;
  p.save();
  p.translate(-dx, -dy);
  paintRows(p, m, first, last, false);
  p.restore();
  p.translate(-dx, 0); // the participants stay on top
  paintHeader(p, m, false);
  if (hasFocus() && m_current >= 0) {
    p.resetTransform();
    const QRect r = stepRect(m_current).intersected(viewport()->rect().adjusted(0, m.header, 0, 0));
    if (!r.isEmpty()) {
      QPen focus(palette().color(QPalette::Highlight), 1, Qt::DotLine);
      p.setPen(focus);
      p.drawRect(r.adjusted(1, 1, -2, -2));
    }
  }
}

void LadderView::resizeEvent(QResizeEvent *event) {
  QAbstractScrollArea::resizeEvent(event);
  updateScrollBars();
  viewport()->update();
}

int LadderView::stepAt(const QPoint &pos) const {
  const Metrics m = metrics();
  if (pos.y() < m.header)
    return -1;
  const int step = (pos.y() + verticalScrollBar()->value() - m.header) / m.row;
  return step >= 0 && step < m_flow.steps().size() ? step : -1;
}

void LadderView::requestEntry(int step) {
  if (step < 0 || step >= m_flow.steps().size())
    return;
  const EntryRef ref = TraceExplainer::refFor(m_flow.steps().at(step).m);
  if (ref.isValid())
    emit entryRequested(ref);
}

void LadderView::mousePressEvent(QMouseEvent *event) {
  const int step = stepAt(event->position().toPoint());
  if (step < 0) {
    QAbstractScrollArea::mousePressEvent(event);
    return;
  }
  setCurrentStep(step);
  // A click on a response's code opens its page.
  if (event->button() == Qt::LeftButton && m_flow.steps().at(step).m.isResponse() &&
      labelRect(step).contains(event->position().toPoint()))
    requestEntry(step);
}

void LadderView::mouseDoubleClickEvent(QMouseEvent *event) {
  const int step = stepAt(event->position().toPoint());
  if (step >= 0)
    requestEntry(step);
}

void LadderView::keyPressEvent(QKeyEvent *event) {
  const int count = int(m_flow.steps().size());
  if (count == 0) {
    QAbstractScrollArea::keyPressEvent(event);
    return;
  }
  const Metrics m = metrics();
  const int page = qMax(1, (viewport()->height() - m.header) / m.row - 1);
  const int current = m_current < 0 ? 0 : m_current;
  switch (event->key()) {
  case Qt::Key_Down:
    setCurrentStep(qMin(count - 1, current + (m_current < 0 ? 0 : 1)));
    break;
  case Qt::Key_Up:
    setCurrentStep(qMax(0, current - 1));
    break;
  case Qt::Key_PageDown:
    setCurrentStep(qMin(count - 1, current + page));
    break;
  case Qt::Key_PageUp:
    setCurrentStep(qMax(0, current - page));
    break;
  case Qt::Key_Home:
    setCurrentStep(0);
    break;
  case Qt::Key_End:
    setCurrentStep(count - 1);
    break;
  case Qt::Key_Return:
  case Qt::Key_Enter:
    requestEntry(m_current);
    break;
  default:
    QAbstractScrollArea::keyPressEvent(event);
    return;
  }
  event->accept();
}

void LadderView::changeEvent(QEvent *event) {
  if (event->type() == QEvent::FontChange) {
    updateScrollBars();
    viewport()->update();
  }
  QAbstractScrollArea::changeEvent(event);
}

bool LadderView::viewportEvent(QEvent *event) {
  if (event->type() == QEvent::ToolTip) {
    auto *help = static_cast<QHelpEvent *>(event);
    const int step = stepAt(help->pos());
    const Metrics m = metrics();
    if (help->pos().y() < m.header) {
      const int column =
          (help->pos().x() + horizontalScrollBar()->value() - m.margin - m.timeWidth) / qMax(1, m.column);
      if (column >= 0 && column < m_flow.participants().size())
        QToolTip::showText(help->globalPos(),
                           CallFlowWriter::participantLabel(m_flow.participants().at(column)), viewport());
      else
        QToolTip::hideText();
      return true;
    }
    if (step >= 0) {
      const FlowStep &s = m_flow.steps().at(step);
      QString tip = CallFlowWriter::stepLabel(s) + u'\n' +
                    CallFlowWriter::participantLabel(m_flow.participants().at(s.from)) +
                    QStringLiteral(" → ") + CallFlowWriter::participantLabel(m_flow.participants().at(s.to));
      if (s.retransmission)
        tip += u'\n' + retransmissionNote();
      tip += u'\n' + (s.m.frame > 0 ? tr("Frame %1").arg(s.m.frame) : tr("Line %1").arg(s.m.line));
      QToolTip::showText(help->globalPos(), tip, viewport());
    } else {
      QToolTip::hideText();
    }
    return true;
  }
  return QAbstractScrollArea::viewportEvent(event);
}

} // namespace sipref
